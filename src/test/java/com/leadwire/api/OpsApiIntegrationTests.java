package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.SequenceIds;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.TestOutboxMessages;
import com.leadwire.testsupport.Unique;

/** The API of the operations views: inbound events (masked), the outbox's messages and retry, the channel health. */
@OnH2
class OpsApiIntegrationTests extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SequenceIds ids;

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    @Test
    void aFormEventIsListedAndReadWithItsPasswordAndTokenMasked() throws Exception {
        String email = Unique.email("api-events");
        String password = "hunter2-" + Unique.suffix();
        String body = "nome=Eventos+API&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&tipo=LEAD&password=" + password
                + "&access_token=tok-" + password;
        HttpResponse<String> posted = new Http(baseUrl()).header("Accept", "application/json")
                .post("/api/v1/intake/forms/leads-autocloud", "application/x-www-form-urlencoded", body);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long eventId = json(posted).get("eventId").asLong();

        HttpResponse<String> listed = api().get("/api/v1/events?channel=FORM&outcome=CREATED&from=" + Instant.now().minusSeconds(600)
                + "&size=500");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(password);
        JsonNode event = null;
        for (JsonNode item : json(listed)) {
            assertThat(item.get("channel").asText()).isEqualTo("FORM");
            if (item.get("id").asLong() == eventId) {
                event = item;
            }
        }
        assertThat(event).as("event %d listed", eventId).isNotNull();
        assertThat(event.get("outcome").asText()).isEqualTo("CREATED");
        assertThat(event.get("sourceKey").asText()).isEqualTo("leads-autocloud");
        assertThat(event.get("dealId").asLong()).isEqualTo(json(posted).get("dealId").asLong());

        HttpResponse<String> read = api().get("/api/v1/events/" + eventId);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("payload").asText()).contains("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                "password=••••••", "access_token=••••••").doesNotContain(password);
    }

    @Test
    void theEventListRefusesBadFiltersAndAnUnknownEventIsNotFound() throws Exception {
        assertThat(api().get("/api/v1/events/987654321987").statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/events?size=0").statusCode()).isEqualTo(422);
        assertThat(json(api().get("/api/v1/events?page=-1")).get("field").asText()).isEqualTo("size");
        HttpResponse<String> backwards = api().get("/api/v1/events?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(ApiClient.isProblem(backwards)).isTrue();
        assertThat(api().get("/api/v1/events?channel=FAX").statusCode()).isEqualTo(400);
        assertThat(api().get("/api/v1/events?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(new Http(baseUrl()).get("/api/v1/events").statusCode()).isEqualTo(401);
        assertThat(json(api().get("/api/v1/events?from=2099-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void theOutboxListsMessagesByStateAndChannelAndRetriesAFailedOneNow() throws Exception {
        TestOutboxMessages messages = new TestOutboxMessages(jdbc, ids);
        String to = Unique.email("api-failed");
        long failed = messages.failed(to, 2, "421 try later");
        long sent = messages.row("WEBHOOK", "https://example.com/" + Unique.suffix(), "SENT", 1, null);

        JsonNode failing = json(api().get("/api/v1/outbox/messages?state=FAILED&channel=MAIL&size=500"));
        assertThat(failing.findValuesAsText("state")).containsOnly("FAILED");
        assertThat(failing.findValuesAsText("id")).contains(String.valueOf(failed)).doesNotContain(String.valueOf(sent));
        assertThat(failing.toString()).contains("\"recipient\":\"" + to + "\"", "\"lastError\":\"421 try later\"", "\"attempts\":2");
        assertThat(json(api().get("/api/v1/outbox/messages?state=SENT&channel=WEBHOOK&size=500")).findValuesAsText("id"))
                .contains(String.valueOf(sent));
        assertThat(api().get("/api/v1/outbox/messages?state=LOST").statusCode()).isEqualTo(400);

        assertThat(api().postJson("/api/v1/outbox/" + sent + "/retry", "").statusCode()).isEqualTo(404);
        assertThat(api().postJson("/api/v1/outbox/" + failed + "/retry", "").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> messages.status(failed).equals("SENT"));
    }

    @Test
    void theChannelHealthReportsEachChannelWithAVerdictAndAdvice() throws Exception {
        long dead = new TestOutboxMessages(jdbc, ids).dead(Unique.email("api-health"), "550 unknown");
        try {
            HttpResponse<String> response = api().get("/api/v1/health/channels");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode report = json(response);
            assertThat(report.get("state").asText()).isEqualTo("WARNING");
            assertThat(report.at("/telegram/state").asText()).isEqualTo("OFF");
            assertThat(report.at("/telegram/problem").asText()).isEqualTo("TELEGRAM_OFF");
            assertThat(report.at("/outbox/state").asText()).isEqualTo("WARNING");
            assertThat(report.at("/outbox/problem").asText()).isEqualTo("OUTBOX_DEAD");
            assertThat(report.at("/outbox/advice").asText()).startsWith("Messages failed for good");
            assertThat(report.at("/outbox/dead").asLong()).isPositive();
            assertThat(report.get("payments").findValuesAsText("sourceKey")).contains("stripe", "mercadopago", "pagamentos");
            assertThat(report.get("webhooks").isArray()).isTrue();
            assertThat(new Http(baseUrl()).get("/api/v1/health/channels").statusCode()).isEqualTo(401);
        } finally {
            jdbc.update("UPDATE outbox_message SET status = 'SENT' WHERE id = ?", dead);
        }
    }
}
