package com.leadwire.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Unsubscribing through the real app: the link and the RFC 8058 headers of a rule's e-mail at a real
 * SMTP server, the public page over HTTP in the contact's language, the one-click POST, the admin's
 * API, the send-time check of queued e-mails, and the CONTACT_UNSUBSCRIBED trigger. Run on H2 and MariaDB.
 */
abstract class UnsubscribeContract extends PrivacyContractSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    Unsubscribes unsubscribes;


    @Test
    void aRuleEmailCarriesTheLinkAndBothHeadersAndItsPageUnsubscribesInPortuguese() throws Exception {
        String source = fixtures().newSource();
        fixtures().mailContactOnNewDeal(source, fixtures().newTemplate("Novidades", false));
        String email = Unique.email("descadastro");
        long contact = fixtures().newDeal(fixtures().api(), source, PrivacyFixtures.contact(email, "Maria", "pt-BR"), "{}")
                .get("contactId").asLong();

        MimeMessage mail = await().atMost(PATIENCE).until(() -> TestSmtp.receivedBy(email), received -> received.size() == 1).get(0);
        String listUnsubscribe = TestSmtp.header(mail, "List-Unsubscribe");
        assertThat(listUnsubscribe).matches("<https?://[^>]+/unsubscribe/[^>]+>");
        assertThat(TestSmtp.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String link = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
        assertThat(bodyOf(mail)).contains(link).contains("Descadastre-se");
        String path = URI.create(link).getPath();

        HttpResponse<String> page = new Http(baseUrl()).get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"pt-BR\"").contains("Você quer deixar de receber").contains("method=\"post\"");
        assertThat(unsubscribed(contact)).as("showing the page changes nothing").isFalse();

        HttpResponse<String> done = new Http(baseUrl()).post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Seu descadastro foi feito");
        assertThat(unsubscribed(contact)).isTrue();
        assertThat(new Http(baseUrl()).get(path).body()).as("the page says so afterwards").contains("Seu descadastro foi feito");
    }

    @Test
    void anEnglishContactReadsThePageInEnglishAndABadLinkChangesNothing() {
        String source = fixtures().newSource();
        String email = Unique.email("unsubscribe");
        long contact = fixtures().newDeal(fixtures().api(), source, PrivacyFixtures.contact(email, "Mary", "en-US"), "{}")
                .get("contactId").asLong();
        String path = URI.create(unsubscribes.unsubscribeUrl(contact)).getPath();

        HttpResponse<String> page = new Http(baseUrl()).get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"en\"").contains("Do you want to stop receiving");

        String forged = path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA");
        String otherContact = "/unsubscribe/" + Long.toString(contact + 1, 36) + path.substring(path.indexOf('.'));
        for (String bad : java.util.List.of(forged, otherContact, "/unsubscribe/nonsense", "/unsubscribe/" + contact)) {
            assertThat(new Http(baseUrl()).get(bad).statusCode()).as(bad).isEqualTo(404);
            HttpResponse<String> post = new Http(baseUrl()).post(bad, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
            assertThat(post.statusCode()).as(bad).isEqualTo(404);
            assertThat(post.body()).contains("Este link não funciona");
        }
        assertThat(unsubscribed(contact)).isFalse();
        assertThat(unsubscribed(contact + 1)).isFalse();
    }

    @Test
    void aQueuedMarketingEmailIsSkippedOnceTheContactUnsubscribesWhileATransactionalOneStillGoes() throws Exception {
        String source = fixtures().newSource();
        fixtures().mailContactOnNewDeal(source, fixtures().newTemplate("Promoção", false));
        String receipt = fixtures().newTemplate("Seu recibo", true);
        String email = Unique.email("fila");
        JsonNode created;
        TestSmtp.stop();
        try {
            created = fixtures().newDeal(fixtures().api(), source, PrivacyFixtures.contact(email, "Fila", "pt-BR"), "{}");
            fixtures().ok(fixtures().api().postJson("/api/v1/deals/" + created.get("dealId").asLong() + "/emails",
                    "{\"template\": \"" + receipt + "\"}"), 202);
            await().atMost(PATIENCE).until(() -> count("""
                    SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'PENDING' AND attempts >= 1""", email) == 2);
            JsonNode unsubscribed = fixtures().ok(fixtures().api().postJson("/api/v1/contacts/" + created.get("contactId").asLong()
                    + "/unsubscribe", "{}"), 200);
            assertThat(unsubscribed.get("unsubscribed").asBoolean()).isTrue();
            assertThat(unsubscribed.get("changed").asBoolean()).isTrue();
        } finally {
            TestSmtp.start();
        }

        await().atMost(PATIENCE).until(() -> TestSmtp.receivedBy(email).size() == 1);
        MimeMessage transactional = TestSmtp.receivedBy(email).get(0);
        assertThat(transactional.getHeader("Subject")[0]).isEqualTo("Seu recibo");
        assertThat(TestSmtp.header(transactional, "List-Unsubscribe")).isNull();
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("""
                SELECT status FROM outbox_message WHERE recipient = ? AND deal_id = ? AND idempotency_key LIKE 'rule-%'""",
                String.class, email, created.get("dealId").asLong()), "SKIPPED"::equals);
        assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_message WHERE recipient = ? AND status = 'SKIPPED'", String.class,
                email)).contains("unsubscribed");
        assertThat(TestSmtp.receivedBy(email)).as("the marketing e-mail never went, and is not retried").hasSize(1);
        HttpResponse<String> refused = fixtures().api().postJson("/api/v1/deals/" + created.get("dealId").asLong() + "/emails",
                "{\"template\": \"" + fixtures().newTemplate("Mais promoção", false) + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
    }

    @Test
    void unsubscribingFiresTheContactUnsubscribedRulesOnceAndTheContactJsonSaysSo() throws Exception {
        String source = fixtures().newSource();
        String team = Unique.email("equipe");
        String template = fixtures().newTemplate("Descadastrou", false);
        long rule = fixtures().newRule("""
                {"name": "%s", "trigger": {"type": "CONTACT_UNSUBSCRIBED"},
                 "conditions": {"all": [{"field": "contact.country", "op": "EQUALS", "value": "AQ"}]},
                 "actions": [{"type": "SEND_EMAIL", "template": "%s", "to": ["%s"]}]}""".formatted(Unique.key("Descadastro"), template, team));
        String email = Unique.email("antartida");
        long contact = fixtures().newDeal(fixtures().api(), source,
                "{\"email\": \"" + email + "\", \"name\": \"Pinguim\", \"country\": \"AQ\"}", "{}").get("contactId").asLong();

        JsonNode first = fixtures().ok(fixtures().api().postJson("/api/v1/contacts/" + contact + "/unsubscribe", "{}"), 200);
        JsonNode again = fixtures().ok(fixtures().api().postJson("/api/v1/contacts/" + contact + "/unsubscribe", "{}"), 200);

        assertThat(first.get("changed").asBoolean()).isTrue();
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(unsubscribed(contact)).isTrue();
        await().atMost(PATIENCE).until(() -> TestSmtp.receivedBy(team).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ? AND contact_id = ?", rule, contact)).isEqualTo(1);
        JsonNode timeline = fixtures().ok(fixtures().api().get("/api/v1/contacts/" + contact + "/timeline"), 200);
        assertThat(timeline.toString()).contains("CONTACT_UNSUBSCRIBED");
        assertThat(fixtures().api().postJson("/api/v1/contacts/987654321/unsubscribe", "{}").statusCode()).isEqualTo(404);
        assertThat(new Http(baseUrl()).postJson("/api/v1/contacts/" + contact + "/unsubscribe", "{}").statusCode())
                .as("no API key").isEqualTo(401);
    }

    @Test
    void aContactUnsubscribedRuleCanBeDryRunAgainstASampleContact() {
        String team = Unique.email("equipe");
        String template = fixtures().newTemplate("Saiu", false);
        String rule = """
                {"name": "Aviso de descadastro", "trigger": {"type": "CONTACT_UNSUBSCRIBED"},
                 "conditions": {"all": [{"field": "contact.country", "op": "EQUALS", "value": "AQ"}]},
                 "actions": [{"type": "SEND_EMAIL", "template": "%s", "to": ["%s"]}]}""".formatted(template, team);

        JsonNode matching = fixtures().ok(fixtures().api().postJson("/api/v1/rules/dry-run", """
                {"trigger": "CONTACT_UNSUBSCRIBED", "contact": {"email": "pinguim@example.com", "name": "Pinguim", "country": "AQ"},
                 "rule": %s}""".formatted(rule)), 200).get("rules").get(0);
        JsonNode other = fixtures().ok(fixtures().api().postJson("/api/v1/rules/dry-run", """
                {"trigger": "CONTACT_UNSUBSCRIBED", "contact": {"email": "ana@example.com", "name": "Ana", "country": "BR"},
                 "rule": %s}""".formatted(rule)), 200).get("rules").get(0);

        assertThat(matching.get("wouldFire").asBoolean()).isTrue();
        assertThat(matching.get("actions").get(0).get("summary").asText()).contains("Saiu").contains(team);
        assertThat(other.get("wouldFire").asBoolean()).isFalse();
        assertThat(TestSmtp.receivedBy(team)).as("a dry run sends nothing").isEmpty();
    }

    private boolean unsubscribed(long contact) {
        HttpResponse<String> answer = ApiClient.authenticated(baseUrl()).get("/api/v1/contacts/" + contact);
        if (answer.statusCode() == 404) {
            return false;
        }
        return fixtures().read(answer).at("/contact/unsubscribed").asBoolean();
    }

    private static String bodyOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof MimeMultipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(parts.getBodyPart(i).getContent());
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
