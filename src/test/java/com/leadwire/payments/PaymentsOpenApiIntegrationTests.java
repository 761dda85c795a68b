package com.leadwire.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;

/** The payment callback routes and the payments health are in the OpenAPI description. */
@OnH2
class PaymentsOpenApiIntegrationTests extends IntegrationTestSupport {

    @Test
    void describesEveryPaymentEndpoint() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(new Http(baseUrl()).get("/v3/api-docs").body()).get("paths");

        JsonNode stripe = paths.path("/api/v1/payments/stripe").path("post");
        assertThat(stripe.path("parameters").findValuesAsText("name")).contains("Stripe-Signature");
        assertThat(stripe.path("responses").has("401")).isTrue();
        assertThat(paths.path("/api/v1/payments/mercadopago").path("post").path("responses").has("503")).isTrue();
        assertThat(paths.path("/api/v1/payments/generic/{providerKey}").path("post").path("requestBody").toString())
                .contains("eventId", "paymentId", "refunded");
        assertThat(paths.path("/api/v1/payments/health").has("get")).isTrue();
    }
}
