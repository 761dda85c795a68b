package com.leadwire.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.SignatureRejectedException;
import com.leadwire.testsupport.SignedPayloads;

class MercadoPagoSignatureTests {

    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1_704_908_010L);
    private static final Duration TOLERANCE = Duration.ofMinutes(15);

    private static void verify(String header, String dataId, Instant now) {
        MercadoPagoSignature.verify(header, dataId, "b7c1d2", List.of("secret"), now, TOLERANCE);
    }

    @Test
    void theManifestLowerCasesAnAlphanumericIdAndLeavesOutAbsentParts() {
        assertThat(MercadoPagoSignature.manifest("ABC123", "req-1", "1704908010")).isEqualTo("id:abc123;request-id:req-1;ts:1704908010;");
        assertThat(MercadoPagoSignature.manifest("123456", null, "1704908010")).isEqualTo("id:123456;ts:1704908010;");
        assertThat(MercadoPagoSignature.manifest(null, "req-1", "1704908010")).isEqualTo("request-id:req-1;ts:1704908010;");
    }

    @Test
    void aSignatureMadeAsMercadoPagoDocumentsItPassesAndAChangedIdDoesNot() {
        String header = SignedPayloads.mercadoPagoSignature("secret", "ORD01ABC", "b7c1d2", "1704908010");

        assertThatNoException().isThrownBy(() -> verify(header, "ORD01ABC", SIGNED_AT));
        assertThatThrownBy(() -> verify(header, "ORD01ABD", SIGNED_AT)).isInstanceOf(SignatureRejectedException.class);
        assertThatThrownBy(() -> verify("v1=abc", "ORD01ABC", SIGNED_AT)).isInstanceOf(SignatureRejectedException.class);
    }

    @Test
    void tsInSecondsOrMillisecondsMustLieWithinTheToleranceOfNowEitherWay() {
        for (String ts : List.of("1704908010", "1704908010000")) {
            String header = SignedPayloads.mercadoPagoSignature("secret", "123", "b7c1d2", ts);

            assertThatNoException().isThrownBy(() -> verify(header, "123", SIGNED_AT.plus(TOLERANCE)));
            assertThatNoException().isThrownBy(() -> verify(header, "123", SIGNED_AT.minus(TOLERANCE)));
            assertThatThrownBy(() -> verify(header, "123", SIGNED_AT.plus(TOLERANCE).plusSeconds(1)))
                    .isInstanceOf(SignatureRejectedException.class).hasMessageContaining("900 s from now");
            assertThatThrownBy(() -> verify(header, "123", SIGNED_AT.minus(TOLERANCE).minusSeconds(1)))
                    .isInstanceOf(SignatureRejectedException.class);
        }
    }

    @Test
    void anUnreadableTsIsRejectedEvenWhenSigned() {
        String header = SignedPayloads.mercadoPagoSignature("secret", "123", "b7c1d2", "soon");

        assertThatThrownBy(() -> verify(header, "123", SIGNED_AT)).isInstanceOf(SignatureRejectedException.class)
                .hasMessageContaining("unreadable ts");
    }
}
