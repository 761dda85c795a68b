package com.leadwire.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * The audit log through the real API: configuration changes made over HTTP are recorded with who
 * and what, never with a secret, and read back page by page with filters. Run on H2 and MariaDB.
 */
abstract class AuditLogContract extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEST_KEY_ACTOR = "api:initial";

    @Autowired
    AuditLog audit;

    @Test
    void recordsARulesCreationChangeAndDeletionWithWhoAndWhat() throws Exception {
        String name = "Auditada " + Unique.suffix();
        String rule = """
                {"name": "%s", "enabled": false, "trigger": {"type": "DEAL_CREATED"},
                 "actions": [{"type": "NOTIFY_TELEGRAM", "to": ["responsible"]}]}""".formatted(name);
        HttpResponse<String> created = api().postJson("/api/v1/rules", rule);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(api().put("/api/v1/rules/" + id, rule.replace("\"enabled\"", "\"description\": \"nova\", \"enabled\"")).statusCode())
                .isEqualTo(200);
        assertThat(api().delete("/api/v1/rules/" + id).statusCode()).isEqualTo(204);

        List<JsonNode> entries = entriesAbout("rule:" + id);
        assertThat(entries).extracting(entry -> entry.get("action").asText())
                .containsExactly("rule.deleted", "rule.updated", "rule.created");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo(TEST_KEY_ACTOR);
            assertThat(entry.get("detail").asText()).contains(name);
            assertThat(entry.get("at").asText()).isNotBlank();
        });
    }

    /** The rule's condition matches only this test's (absent) data, so switching it on touches no other test. */
    @Test
    void recordsSwitchingARuleOnAndOffAsSuch() throws Exception {
        String rule = """
                {"name": "Interruptor %s", "enabled": %s, "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "deal.fields.platform", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "NOTIFY_TELEGRAM", "to": ["responsible"]}]}""";
        String suffix = Unique.suffix();
        String platform = Unique.key("nowhere");
        HttpResponse<String> created = api().postJson("/api/v1/rules", rule.formatted(suffix, false, platform));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        try {
            assertThat(api().put("/api/v1/rules/" + id, rule.formatted(suffix, true, platform)).statusCode()).isEqualTo(200);
            assertThat(api().put("/api/v1/rules/" + id, rule.formatted(suffix, false, platform)).statusCode()).isEqualTo(200);
        } finally {
            api().delete("/api/v1/rules/" + id);
        }

        assertThat(entriesAbout("rule:" + id)).extracting(entry -> entry.get("action").asText())
                .containsExactly("rule.deleted", "rule.disabled", "rule.enabled", "rule.created");
    }

    @Test
    void recordsASecretRotationWithoutTheSecret() throws Exception {
        String key = Unique.key("pay");
        HttpResponse<String> created = api().postJson("/api/v1/sources", JSON.createObjectNode()
                .put("kind", "PAYMENT").put("key", key).put("name", "Audit " + key).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();

        HttpResponse<String> rotated = api().postJson("/api/v1/sources/" + id + "/secret", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String secret = JSON.readTree(rotated.body()).get("secret").asText();

        List<JsonNode> entries = entriesAbout("source:" + id);
        assertThat(entries).extracting(entry -> entry.get("action").asText()).containsExactly("source.secret-rotated", "source.created");
        assertThat(entries.get(0).get("detail").asText()).contains(key);
        assertThat(entries.toString()).doesNotContain(secret);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", "%" + secret + "%")).isZero();
    }

    @Test
    void turningAutomationOffAndOnIsRecorded() {
        String before = api().get("/api/v1/automation").body();
        boolean wasOn = before.contains("\"enabled\":true");
        assertThat(api().put("/api/v1/automation", "{\"enabled\": " + wasOn + "}").statusCode()).isEqualTo(200);

        JsonNode latest = page("/api/v1/audit?action=automation.turned-" + (wasOn ? "on" : "off") + "&size=1").get("items").get(0);
        assertThat(latest.get("actor").asText()).isEqualTo(TEST_KEY_ACTOR);
        assertThat(latest.get("subject").asText()).isEqualTo("automation:switch");
    }

    @Test
    void pagesNewestFirstAndFiltersByWhoWhatAndPeriod() {
        String actor = Unique.key("auditor");
        for (int i = 1; i <= 3; i++) {
            audit.record(actor, "test.step", AuditLog.subject("step", i), "step " + i);
        }
        audit.record(actor, "test.other", null, null);

        JsonNode first = page("/api/v1/audit?actor=" + actor + "&action=test.step&page=0&size=2");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("items")).extracting(item -> item.get("detail").asText()).containsExactly("step 3", "step 2");
        JsonNode second = page("/api/v1/audit?actor=" + actor + "&action=test.step&page=1&size=2");
        assertThat(second.get("items")).extracting(item -> item.get("detail").asText()).containsExactly("step 1");

        assertThat(page("/api/v1/audit?actor=" + actor).get("total").asLong()).isEqualTo(4);
        assertThat(page("/api/v1/audit?actor=" + actor + "&to=2000-01-01T00:00:00Z").get("total").asLong()).isZero();
        assertThat(page("/api/v1/audit?actor=" + actor + "&from=2000-01-01T00:00:00Z").get("total").asLong()).isEqualTo(4);
    }

    @Test
    void refusesABackwardsPeriodAndAnOversizedPageAsProblems() {
        HttpResponse<String> backwards = api().get("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertThat(backwards.statusCode()).isBetween(400, 422);
        assertThat(ApiClient.isProblem(backwards)).isTrue();
        HttpResponse<String> huge = api().get("/api/v1/audit?size=100000");
        assertThat(huge.statusCode()).isBetween(400, 422);
        assertThat(ApiClient.isProblem(huge)).isTrue();
    }

    /** The entries about one subject, newest first (as the API lists them). */
    private List<JsonNode> entriesAbout(String subject) {
        List<JsonNode> found = new ArrayList<>();
        page("/api/v1/audit?actor=" + TEST_KEY_ACTOR + "&size=500").get("items").forEach(item -> {
            if (subject.equals(item.get("subject").asText())) {
                found.add(item);
            }
        });
        return found;
    }

    private JsonNode page(String path) {
        HttpResponse<String> answer = api().get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try {
            return JSON.readTree(answer.body());
        } catch (Exception unreadable) {
            throw new AssertionError(answer.body(), unreadable);
        }
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }
}
