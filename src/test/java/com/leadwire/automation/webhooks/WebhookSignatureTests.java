package com.leadwire.automation.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    @Test
    void theMacIsHmacSha256InLowerCaseHex() {
        // RFC 4231, test case 2
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void theHeaderSignsTheTimeAndTheBodyTogether() {
        String body = "{\"id\":\"7\",\"event\":\"DEAL_CREATED\"}";

        String header = WebhookSignature.of("whsec_test", 1_765_000_000L, body);

        assertThat(header).isEqualTo("t=1765000000,v1=" + WebhookSignature.hmac("whsec_test", "1765000000." + body));
        assertThat(WebhookSignature.of("whsec_test", 1_765_000_001L, body)).isNotEqualTo(header);
        assertThat(WebhookSignature.of("whsec_test", 1_765_000_000L, body + " ")).isNotEqualTo(header);
    }
}
