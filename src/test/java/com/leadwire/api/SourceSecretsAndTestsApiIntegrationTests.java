package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.SignedPayloads;
import com.leadwire.testsupport.Unique;

/** A source's secret rotated through the API (shown in that answer only) and a source tested with a sample submission. */
@OnH2
@ExtendWith(OutputCaptureExtension.class)
class SourceSecretsAndTestsApiIntegrationTests extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private long createdSource(String kind, String key, String settings) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/sources", JSON.createObjectNode()
                .put("kind", kind).put("key", key).put("name", "API " + key).put("settings", settings).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private int genericCallback(String key, String secret) {
        String body = SignedPayloads.genericPaymentEvent(Unique.key("evt"), Unique.key("pay"), "new", Unique.email("payer"), "Payer", "Plano");
        return new Http(baseUrl()).header("X-Signature", SignedPayloads.genericSignature(secret, body))
                .post("/api/v1/payments/generic/" + key, "application/json", body).statusCode();
    }

    @Test
    void aRotatedSecretIsAnsweredOnceSignsCallbacksAndReplacesThePreviousOne(CapturedOutput log) throws Exception {
        String key = Unique.key("pay");
        long id = createdSource("PAYMENT", key, null);
        Http api = ApiClient.authenticated(baseUrl());

        var first = api.postJson("/api/v1/sources/" + id + "/secret", "");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(first.body());
        String secret = answer.get("secret").asText();
        assertThat(secret).startsWith("lws_");
        assertThat(answer.at("/source/hasSecret").asBoolean()).isTrue();
        var read = api.get("/api/v1/sources/" + key);
        assertThat(read.body()).doesNotContain(secret).contains("\"hasSecret\":true");
        assertThat(genericCallback(key, secret)).isEqualTo(200);

        String next = JSON.readTree(api.postJson("/api/v1/sources/" + id + "/secret", "").body()).get("secret").asText();
        assertThat(next).isNotEqualTo(secret);
        assertThat(genericCallback(key, secret)).isEqualTo(401);
        assertThat(genericCallback(key, next)).isEqualTo(200);
        assertThat(log.getAll()).contains("Source " + id + " '" + key + "' secret rotated").doesNotContain(secret).doesNotContain(next);
    }

    @Test
    void aTestOfAFormSendsASampleSubmissionAndNamesItsDeal() throws Exception {
        String key = Unique.key("form");
        long id = createdSource("FORM", key, """
                {"fields": [{"name": "nome", "type": "text", "required": true}, {"name": "email", "type": "email", "required": true}],
                 "mapping": {"nome": "contact.name"}}""");

        var tested = ApiClient.authenticated(baseUrl()).postJson("/api/v1/sources/" + id + "/test", "");

        assertThat(tested.statusCode()).as(tested.body()).isEqualTo(201);
        long dealId = JSON.readTree(tested.body()).get("dealId").asLong();
        assertThat(jdbc.queryForObject("SELECT source_id FROM deal WHERE id = ?", Long.class, dealId)).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT c.name FROM deal d JOIN contact c ON c.id = d.contact_id WHERE d.id = ?", String.class,
                dealId)).matches("Sample [0-9a-f]{8}");
    }
}
