package com.leadwire.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TableSnapshot;
import com.leadwire.testsupport.TestWebhookReceiver;
import com.leadwire.testsupport.Unique;

/**
 * Export and erasure of a person through the real API, with a row of every kind about them: the
 * export holds each kind; after the erasure no table holds their e-mail, name or phone (every text
 * column of every table is scanned), their deal is still counted, a replay of their old idempotency
 * key is refused with 409 and stores nothing, and a new submission makes a new contact. H2 and MariaDB.
 */
abstract class ErasureContract extends PrivacyContractSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> subscriptions = new ArrayList<>();
    private final List<Long> keys = new ArrayList<>();
    private final List<Long> sequences = new ArrayList<>();
    private TestWebhookReceiver receiver;

    @AfterEach
    void deleteOwnRulesThenWhatTheyUsed() {
        fixtures().deleteRules();
        subscriptions.forEach(id -> fixtures().api().delete("/api/v1/webhooks/" + id));
        subscriptions.clear();
        keys.forEach(id -> fixtures().api().postJson("/api/v1/api-keys/" + id + "/revoke", "{}"));
        keys.clear();
        sequences.forEach(id -> fixtures().api().delete("/api/v1/sequences/" + id));
        sequences.clear();
        if (receiver != null) {
            receiver.close();
        }
    }

    /** Someone with a row of every kind: deal, history, change, note, task, events, e-mails, webhook, Telegram, firings, follow-up, merge. */
    private record Person(String email, String name, String phone, String key, String source, long contactId, long dealId,
                          String mergedEmail) {
    }

    @Test
    void theExportHoldsEveryKindOfRowAboutThePerson() {
        Person person = personWithEverything();

        JsonNode export = fixtures().ok(fixtures().api().get("/api/v1/contacts/" + person.contactId() + "/export"), 200);

        assertThat(export.get("contactId").asLong()).isEqualTo(person.contactId());
        assertThat(export.at("/contact/name").asText()).isEqualTo(person.name());
        assertThat(export.get("emails").get(0).get("email").asText()).isEqualTo(person.email());
        assertThat(export.get("consent").has("unsubscribed")).isTrue();
        for (String section : List.of("contactHistory", "deals", "dealHistory", "dealChanges", "notes", "tasks", "inboundEvents",
                "outboxMessages", "telegramMessages", "telegramConversations", "ruleFirings", "webhookDeliveries", "followUps",
                "followUpEmails")) {
            assertThat(export.get(section)).as(section).isNotNull();
            assertThat(export.get(section).size()).as(section).isPositive();
        }
        assertThat(export.get("deals").get(0).get("id").asLong()).isEqualTo(person.dealId());
        assertThat(export.get("inboundEvents").get(0).get("payload").asText()).contains(person.email());
        assertThat(export.get("outboxMessages").toString()).contains(person.email());
        assertThat(export.get("notes").toString()).contains(person.name());
        assertThat(export.get("merges").size()).isOne();
        assertThat(export.get("mergedContacts").get(0).get("name").asText()).isEqualTo(person.name());
        assertThat(export.get("emails").toString()).contains(person.mergedEmail());
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'contact.exported' AND subject = ?", "contact:" + person.contactId()))
                .isOne();
        assertThat(fixtures().api().get("/api/v1/contacts/987654321/export").statusCode()).isEqualTo(404);
        Http writeKey = keyWithScope("write");
        assertThat(writeKey.get("/api/v1/contacts/" + person.contactId() + "/export").statusCode()).as("all of a person's data: admin")
                .isEqualTo(403);
        assertThat(writeKey.delete("/api/v1/contacts/" + person.contactId()).statusCode()).isEqualTo(403);
        assertThat(writeKey.get("/api/v1/contacts/" + person.contactId()).statusCode()).isEqualTo(200);
    }

    @Test
    void erasingLeavesNoTraceOfThePersonInAnyTableKeepsTheDealRefusesAReplayAndANewSubmissionIsANewContact() throws Exception {
        Person person = personWithEverything();
        JsonNode dealBefore = fixtures().ok(fixtures().api().get("/api/v1/deals/" + person.dealId()), 200).get("deal");
        assertThat(tablesHolding(person)).as("the person is there before").isNotEmpty();

        JsonNode erasure = fixtures().ok(fixtures().api().delete("/api/v1/contacts/" + person.contactId()), 200);

        assertThat(erasure.get("contactId").asLong()).isEqualTo(person.contactId());
        assertThat(erasure.get("erasedBy").asText()).isEqualTo("api:initial");
        assertThat(erasure.get("counts").get("contact_email").asInt()).as("both e-mails, the merged one too").isEqualTo(2);
        assertThat(erasure.get("counts").get("deal").asInt()).as("its own deal and the merged contact's").isEqualTo(2);
        assertThat(tablesHolding(person)).as("tables still holding the e-mail, name or phone").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM erasure WHERE contact_id = ?", person.contactId())).isOne();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'contact.erased' AND subject = ?", "contact:" + person.contactId()))
                .isOne();
        assertThat(erasure.get("counts").get("contact_merge").asInt()).isOne();

        JsonNode dealAfter = fixtures().ok(fixtures().api().get("/api/v1/deals/" + person.dealId()), 200).get("deal");
        assertThat(dealAfter.get("title").asText()).isEqualTo("Erased deal");
        assertThat(dealAfter.get("amount").decimalValue()).isEqualByComparingTo(dealBefore.get("amount").decimalValue());
        assertThat(dealAfter.get("stageId").asLong()).isEqualTo(dealBefore.get("stageId").asLong());
        assertThat(fixtures().api().delete("/api/v1/contacts/" + person.contactId()).statusCode()).as("erased already").isEqualTo(404);
        assertThat(fixtures().ok(fixtures().api().get("/api/v1/contacts?unsubscribed=true&size=200"), 200).get("items"))
                .as("the contacts list leaves the erased shell out").noneMatch(item -> item.get("id").asLong() == person.contactId());

        TableSnapshot beforeReplay = TableSnapshot.of(jdbc, Set.of("outbox_message", "automation_timer", "webhook_delivery"));
        HttpResponse<String> replay = fixtures().api().header("Idempotency-Key", person.key())
                .postJson("/api/v1/deals", dealBody(person));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(409);
        assertThat(ApiClient.isProblem(replay)).isTrue();
        assertThat(fixtures().read(replay).get("title").asText()).isEqualTo("Erased");
        assertThat(fixtures().read(replay).get("detail").asText()).startsWith("erased");
        assertThat(beforeReplay.changesIn(TableSnapshot.of(jdbc, Set.of("outbox_message", "automation_timer", "webhook_delivery"))))
                .as("a refused replay stores nothing").noneMatch(change -> change.startsWith("contact") || change.startsWith("deal")
                        || change.startsWith("inbound_event"));
        assertThat(tablesHolding(person)).isEmpty();

        JsonNode again = fixtures().ok(fixtures().api().header("Idempotency-Key", Unique.key("nova"))
                .postJson("/api/v1/deals", dealBody(person)), 201);
        assertThat(again.get("contactId").asLong()).isNotEqualTo(person.contactId());
        assertThat(fixtures().ok(fixtures().api().get("/api/v1/contacts?email=" + person.email()), 200).at("/contact/id").asLong())
                .isEqualTo(again.get("contactId").asLong());
    }

    private Person personWithEverything() {
        String source = fixtures().newSource();
        String welcome = fixtures().newTemplate("Bem-vindo", false);
        fixtures().mailContactOnNewDeal(source, welcome);
        long sequence = fixtures().ok(api().postJson("/api/v1/sequences", """
                {"name": "%s", "emails": [{"template": "%s", "delay": "PT1S"}]}""".formatted(Unique.key("Sequência"), welcome)), 201)
                .get("id").asLong();
        sequences.add(sequence);
        fixtures().newRule("""
                {"name": "%s", "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "source", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "START_SEQUENCE", "sequenceId": %d}]}""".formatted(Unique.key("Sequência"), source, sequence));
        receiver = TestWebhookReceiver.started();
        JsonNode subscription = fixtures().ok(fixtures().api().postJson("/api/v1/webhooks", write(Map.of("name", Unique.key("hook"),
                "url", receiver.url(), "events", List.of("PAYMENT_STATUS"), "active", true))), 201);
        subscriptions.add(subscription.get("id").asLong());
        fixtures().newRule("""
                {"name": "%s", "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "source", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "CALL_WEBHOOK", "webhookId": %d}]}""".formatted(Unique.key("Gancho"), source,
                subscription.get("id").asLong()));
        String suffix = Unique.suffix();
        String name = "Zefa Apagável " + suffix;
        String phone = "+55 11 9" + ThreadLocalRandom.current().nextInt(1000_0000, 9999_9999);
        Person draft = new Person(Unique.email("apagar"), name, phone, Unique.key("chave"), source, 0, 0, Unique.email("outro"));
        JsonNode created = fixtures().ok(fixtures().api().header("Idempotency-Key", draft.key()).postJson("/api/v1/deals", dealBody(draft)),
                201);
        long contact = created.get("contactId").asLong();
        long deal = created.get("dealId").asLong();
        Person person = new Person(draft.email(), name, storedPhone(contact), draft.key(), source, contact, deal, draft.mergedEmail());
        long duplicate = fixtures().newDeal(api(), source, PrivacyFixtures.contact(person.mergedEmail(), name, "pt-BR"), "{}")
                .get("contactId").asLong();
        fixtures().ok(api().postJson("/api/v1/contacts/merge", "{\"into\": " + contact + ", \"from\": " + duplicate + "}"), 201);

        fixtures().ok(fixtures().api().postJson("/api/v1/deals/" + deal + "/notes", "{\"text\": \"Ligar para " + name + "\"}"), 201);
        long owner = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class);
        fixtures().ok(fixtures().api().postJson("/api/v1/deals/" + deal + "/tasks", """
                {"title": "Visitar %s", "dueAt": "%s", "ownerUserId": %d}""".formatted(name,
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), owner)), 201);
        fixtures().ok(api().send(api().builder("/api/v1/deals/" + deal).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\": \"Negócio de " + name + "\"}"))), 200);
        long telegramUser = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        jdbc.update("UPDATE contact SET telegram_user_id = ? WHERE id = ?", telegramUser, contact);
        jdbc.update("""
                INSERT INTO deal_message (id, deal_id, direction, prospect_chat_id, text, created_at)
                VALUES (NEXT VALUE FOR deal_message_seq, ?, 'IN', ?, ?, ?)""", deal, telegramUser, "Oi, aqui é " + name,
                Timestamp.from(Instant.now()));
        jdbc.update("""
                INSERT INTO telegram_conversation (chat_id, telegram_user_id, source_key, step_index, answers, status, last_update_id,
                                                   deal_id, started_at, updated_at)
                VALUES (?, ?, 'telegram-leads', 2, ?, 'DONE', 1, NULL, ?, ?)""", telegramUser, telegramUser,
                "{\"email\": \"" + person.email() + "\", \"phone\": \"" + person.phone() + "\"}", Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        await().atMost(PATIENCE).until(() -> count("SELECT COUNT(*) FROM webhook_delivery WHERE deal_id = ?", deal) == 1
                && count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND status = 'SENT'", deal) >= 2
                && count("SELECT COUNT(*) FROM follow_up_email WHERE recipient = ?", person.email()) == 1);
        return person;
    }

    /** A key of its own with that scope; revoked after the test. */
    private Http keyWithScope(String scope) {
        JsonNode key = fixtures().ok(api().postJson("/api/v1/api-keys", """
                {"name": "%s", "scope": "%s"}""".formatted(Unique.key("privacidade"), scope)), 201);
        keys.add(key.get("id").asLong());
        return new Http(baseUrl()).header("X-Api-Key", key.get("key").asText());
    }

    private String dealBody(Person person) {
        return """
                {"source": "%s", "contact": {"email": "%s", "name": "%s", "phone": "%s", "language": "pt-BR"},
                 "deal": {"title": "Compra de %s", "amount": 1490.00, "currency": "BRL", "fields": {"quem": "%s"}}}"""
                .formatted(person.source(), person.email(), person.name(), person.phone(), person.name(), person.name());
    }

    /** The phone as the contact keeps it (normalised at intake). */
    private String storedPhone(long contact) {
        String stored = jdbc.queryForObject("SELECT phone FROM contact WHERE id = ?", String.class, contact);
        assertThat(stored).as("the phone was kept").isNotBlank();
        return stored;
    }

    /** Every table and column (of every row) whose text holds the person's e-mail, name or phone: "table.column". */
    private List<String> tablesHolding(Person person) {
        List<String> needles = List.of(person.email().toLowerCase(), person.mergedEmail().toLowerCase(), person.name().toLowerCase(),
                person.phone().toLowerCase(), person.phone().replaceAll("\\D", ""));
        List<String> found = new ArrayList<>();
        for (String table : TableSnapshot.tables(jdbc)) {
            jdbc.query("SELECT * FROM " + table, (ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    String value = rs.getString(column);
                    String where = table + "." + meta.getColumnName(column).toLowerCase();
                    if (value != null && needles.stream().anyMatch(value.toLowerCase()::contains) && !found.contains(where)) {
                        found.add(where);
                    }
                }
            });
        }
        return found;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Http api() {
        return fixtures().api();
    }
}
