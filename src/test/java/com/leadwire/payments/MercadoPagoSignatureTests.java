package com.leadwire.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.SignatureRejectedException;
import com.leadwire.testsupport.SignedPayloads;

class MercadoPagoSignatureTests {

    @Test
    void theManifestLowerCasesAnAlphanumericIdAndLeavesOutAbsentParts() {
        assertThat(MercadoPagoSignature.manifest("ABC123", "req-1", "1704908010")).isEqualTo("id:abc123;request-id:req-1;ts:1704908010;");
        assertThat(MercadoPagoSignature.manifest("123456", null, "1704908010")).isEqualTo("id:123456;ts:1704908010;");
        assertThat(MercadoPagoSignature.manifest(null, "req-1", "1704908010")).isEqualTo("request-id:req-1;ts:1704908010;");
    }

    @Test
    void aSignatureMadeAsMercadoPagoDocumentsItPassesAndAChangedIdDoesNot() {
        String header = SignedPayloads.mercadoPagoSignature("secret", "ORD01ABC", "b7c1d2", "1704908010");

        assertThatNoException().isThrownBy(() -> MercadoPagoSignature.verify(header, "ORD01ABC", "b7c1d2", List.of("secret")));
        assertThatThrownBy(() -> MercadoPagoSignature.verify(header, "ORD01ABD", "b7c1d2", List.of("secret")))
                .isInstanceOf(SignatureRejectedException.class);
        assertThatThrownBy(() -> MercadoPagoSignature.verify("v1=abc", "ORD01ABC", "b7c1d2", List.of("secret")))
                .isInstanceOf(SignatureRejectedException.class);
    }
}
