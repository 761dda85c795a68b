package com.leadwire.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * Raw payloads are kept for the retention period (90 days by default), then blanked; the event
 * rows and their idempotency keys stay, so a replay of an old key is still a repeat. Run on H2 and
 * MariaDB.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class PayloadRetentionContract extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PayloadRetention retention;

    private record Sent(String idempotencyKey, String body, JsonNode answer) {
        long eventId() {
            return answer.get("eventId").asLong();
        }
    }

    private Sent newDeal(String name) throws Exception {
        String key = Unique.key("retention");
        String body = ApiClient.dealJson("leads-autocloud", Unique.email("retention"), name, null);
        HttpResponse<String> answer = ApiClient.authenticated(baseUrl()).header("Idempotency-Key", key).postJson("/api/v1/deals", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return new Sent(key, body, JSON.readTree(answer.body()));
    }

    private String payloadOf(long eventId) {
        return jdbc.queryForObject("SELECT payload FROM inbound_event WHERE id = ?", String.class, eventId);
    }

    @Test
    void blanksOnlyPayloadsOlderThanTheRetentionAndKeepsTheEventAndItsKey(CapturedOutput output) throws Exception {
        Sent old = newDeal("Old Payload");
        Sent recent = newDeal("Recent Payload");
        Sent borderline = newDeal("Almost Old Payload");
        jdbc.update("UPDATE inbound_event SET received_at = ? WHERE id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(91))),
                old.eventId());
        jdbc.update("UPDATE inbound_event SET received_at = ? WHERE id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(89))),
                borderline.eventId());

        int blanked = retention.blankExpired();

        assertThat(blanked).isPositive();
        assertThat(output.getOut()).contains("Payload retention: " + blanked + " inbound event payloads received before");
        assertThat(payloadOf(old.eventId())).isNull();
        assertThat(payloadOf(recent.eventId())).contains("Recent Payload");
        assertThat(payloadOf(borderline.eventId())).contains("Almost Old Payload");
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE id = ? AND idempotency_key LIKE ? AND contact_id = ?", old.eventId(),
                "%" + old.idempotencyKey(), old.answer().get("contactId").asLong())).isOne();
        assertThat(retention.blankExpired()).as("a second run finds nothing left").isZero();
    }

    @Test
    void aReplayOfAnOldEventsKeyAfterItsPayloadWasBlankedIsStillARepeat() throws Exception {
        Sent old = newDeal("Replayed Later");
        jdbc.update("UPDATE inbound_event SET received_at = ? WHERE id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(120))),
                old.eventId());
        retention.blankExpired();
        assertThat(payloadOf(old.eventId())).isNull();

        HttpResponse<String> replay = new Http(baseUrl()).header("X-Api-Key", ApiClient.TEST_API_KEY)
                .header("Idempotency-Key", old.idempotencyKey()).postJson("/api/v1/deals", old.body());

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(replay.body()).get("dealId").asLong()).isEqualTo(old.answer().get("dealId").asLong());
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE contact_id = ?", old.answer().get("contactId").asLong())).isOne();
        assertThat(count("SELECT COUNT(*) FROM deal WHERE contact_id = ?", old.answer().get("contactId").asLong())).isOne();
    }

    @Test
    void aRetentionUnderADayIsRefusedAtStart() {
        assertThatThrownBy(() -> new IntakeProperties(1, 64, Duration.ZERO, Duration.ofHours(12)))
                .hasMessageContaining("leadwire.intake.payload-retention");
    }
}
