package com.leadwire.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/** Form and pop-up submissions over real HTTP, through the demo's 002 lead forms; run on H2 and MariaDB. */
abstract class FormIntakeContract extends IntegrationTestSupport {

    static final String URLENCODED = "application/x-www-form-urlencoded";
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Sources sources;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Team team;

    Http http() {
        return new Http(baseUrl());
    }

    static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String placementOf(long dealId) {
        return jdbc.queryForObject("""
                SELECT CONCAT(p.name, '/', s.name) FROM deal d JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = d.pipeline_id
                WHERE d.id = ?""", String.class, dealId);
    }

    private long dealOfEmail(String email) {
        return jdbc.queryForObject("SELECT d.id FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id WHERE e.email = ?",
                Long.class, email);
    }

    @Test
    void aPlainHtmlPostOfTheSharedFormPlacesAFeiraoEvaluationAndRedirectsToTheThankYouPage() throws Exception {
        String email = Unique.email("loja");
        String body = urlEncoded(new java.util.LinkedHashMap<>(Map.of("nome", "Loja Nova", "email", email,
                "telefone", "(11) 98765-4321", "plataforma", "Feirão Digital", "tipo", "AVALIAÇÃO", "responsavel", "Ana Souza")))
                + "&produtos=" + URLEncoder.encode("Vitrine, Frete", StandardCharsets.UTF_8) + "&produtos=Pagamentos";

        HttpResponse<String> response = http().header("Accept", "text/html,application/xhtml+xml")
                .post("/api/v1/intake/forms/leads", URLENCODED, body);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/embed/thanks?form=leads");
        long dealId = dealOfEmail(email);
        assertThat(placementOf(dealId)).isEqualTo("Feirão Digital/AVALIAÇÃO");
        assertThat(jdbc.queryForMap("SELECT title, products, custom_fields FROM deal WHERE id = ?", dealId))
                .satisfies(deal -> {
                    assertThat(deal.get("title")).isEqualTo("Loja Nova – Feirão Digital");
                    assertThat((String) deal.get("products")).contains("Vitrine").contains("Frete").contains("Pagamentos");
                    assertThat(json.readTree((String) deal.get("custom_fields")))
                            .isEqualTo(json.readTree("{\"platform\": \"Feirão Digital\", \"type\": \"AVALIAÇÃO\"}"));
                });
        assertThat(responsibleOf(dealId)).as("the rep picked in the form").isEqualTo("Ana Souza");
        assertThat(jdbc.queryForMap("SELECT c.name, c.phone FROM contact c JOIN deal d ON d.contact_id = c.id WHERE d.id = ?", dealId))
                .containsEntry("name", "Loja Nova").containsEntry("phone", "+5511987654321");
        assertThat(jdbc.queryForList("SELECT recipient FROM outbox_message WHERE deal_id = ? AND channel = 'MAIL'", String.class, dealId))
                .hasSize(2).contains(email);
        assertThat(jdbc.queryForObject("SELECT channel FROM inbound_event WHERE deal_id = ?", String.class, dealId)).isEqualTo("FORM");

        HttpResponse<String> thanks = http().header("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.5").get(response.headers().firstValue("Location").orElseThrow());
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(thanks.body()).contains("lang=\"pt\"").contains("Obrigado! Lead cadastrado.");
    }

    private String responsibleOf(long dealId) {
        return jdbc.queryForObject("SELECT u.display_name FROM deal d JOIN app_user u ON u.id = d.responsible_user_id WHERE d.id = ?",
                String.class, dealId);
    }

    @Test
    void theRepPickedInTheFormBecomesTheDealsResponsibleAndTheTeamEmailNamesThem() throws Exception {
        String rep = "Carla " + Unique.suffix();
        long repId = team.add(Unique.key("carla"), rep, null, Role.REP, null).id();
        try {
            String email = Unique.email("rep");
            HttpResponse<String> response = http().postJson("/api/v1/intake/forms/leads-autocloud", """
                    {"nome": "Rita", "email": "%s", "tipo": "LEAD", "responsavel": "%s"}""".formatted(email, rep));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            long dealId = json.readTree(response.body()).get("dealId").asLong();
            assertThat(responsibleOf(dealId)).isEqualTo(rep);
            assertThat(jdbc.queryForObject("SELECT custom_fields FROM deal WHERE id = ?", String.class, dealId)).doesNotContain(rep);
            assertThat(jdbc.queryForObject("SELECT payload FROM outbox_message WHERE deal_id = ? AND channel = 'MAIL' AND recipient <> ?",
                    String.class, dealId, email)).as("the team's e-mail says who is responsible").contains("Respons\u00e1vel: " + rep);
        } finally {
            jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", repId);
        }
    }

    @Test
    void aNameThatIsNotAnActiveRepIsRefusedNamingTheFormsField() throws Exception {
        String email = Unique.email("stranger");
        HttpResponse<String> response = http().postJson("/api/v1/intake/forms/leads-autocloud", """
                {"nome": "Rita", "email": "%s", "tipo": "LEAD", "responsavel": "Ana Sousa"}""".formatted(email));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo("responsavel");
        assertThat(problem.get("detail").asText()).contains("Ana Souza");
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
    }

    @Test
    void aScriptsJsonPostToTheAutocloudFormLandsInLeadAndAnswersTheIds() throws Exception {
        String email = Unique.email("lead");
        HttpResponse<String> response = http().postJson("/api/v1/intake/forms/leads-autocloud", """
                {"nome": "Maria Silva", "email": "%s", "tipo": "LEAD", "produtos": ["Site", "Loja"]}""".formatted(email));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode answer = json.readTree(response.body());
        long dealId = answer.get("dealId").asLong();
        assertThat(dealOfEmail(email)).isEqualTo(dealId);
        assertThat(answer.get("contactId").asLong()).isPositive();
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE id = ? AND source_key = 'leads-autocloud'", answer.get("eventId").asLong()))
                .isOne();
        assertThat(placementOf(dealId)).isEqualTo("autocloud/LEAD");
        assertThat(jdbc.queryForObject("SELECT title FROM deal WHERE id = ?", String.class, dealId)).isEqualTo("Maria Silva – autocloud");
        assertThat(jdbc.queryForList("SELECT recipient FROM outbox_message WHERE deal_id = ? AND channel = 'MAIL' ORDER BY id",
                String.class, dealId)).containsExactly("ana.souza@comercial.example, bruno.lima@comercial.example", email);
    }

    @Test
    void anHtmlPostThatAsksForJsonGetsJson() throws Exception {
        String email = Unique.email("accept");
        HttpResponse<String> response = http().header("Accept", "application/json").post("/api/v1/intake/forms/leads-autocloud",
                URLENCODED, urlEncoded(Map.of("nome", "Accept Json", "email", email, "tipo", "LEAD")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("dealId").asLong()).isEqualTo(dealOfEmail(email));
    }

    @Test
    void aRepeatedSubmissionIdOrIdempotencyKeyMakesOneDeal() throws Exception {
        String email = Unique.email("repeat");
        String submission = """
                {"nome": "Repete", "email": "%s", "tipo": "LEAD", "submissionId": "%s"}""".formatted(email, Unique.key("sub"));
        HttpResponse<String> first = http().postJson("/api/v1/intake/forms/leads-feirao", submission);
        HttpResponse<String> second = http().postJson("/api/v1/intake/forms/leads-feirao", submission);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json.readTree(second.body())).isEqualTo(json.readTree(first.body()));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        long contactId = json.readTree(first.body()).get("contactId").asLong();
        assertThat(count("SELECT COUNT(*) FROM deal WHERE contact_id = ?", contactId)).isOne();
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE contact_id = ?", contactId)).isOne();

        Http withKey = http().header("Idempotency-Key", Unique.key("idem"));
        String html = urlEncoded(Map.of("nome", "Repete", "email", email, "tipo", "LEAD"));
        assertThat(withKey.post("/api/v1/intake/forms/leads-feirao", URLENCODED, html).statusCode()).isEqualTo(303);
        assertThat(withKey.post("/api/v1/intake/forms/leads-feirao", URLENCODED, html).statusCode()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM deal WHERE contact_id = ?", contactId)).isEqualTo(2);
    }

    @Test
    void withoutAMappingFieldsMapToTheirNamesAndTheRestBecomeDealFields() throws Exception {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Sem mapeamento", null);
        String email = Unique.email("plain");
        HttpResponse<String> response = http().header("Accept", "application/json").post("/api/v1/intake/forms/" + key, URLENCODED,
                "email=" + email + "&name=Rita+Lopes&country=br&language=pt-BR&amount=1.500%2C50&currency=brl"
                        + "&products=A&products=B%2C+C&campanha=black+friday&website=");

        assertThat(response.statusCode()).isEqualTo(201);
        long dealId = json.readTree(response.body()).get("dealId").asLong();
        assertThat(jdbc.queryForMap("SELECT amount, currency, products, custom_fields FROM deal WHERE id = ?", dealId)).satisfies(deal -> {
            assertThat(new java.math.BigDecimal(deal.get("amount").toString())).isEqualByComparingTo("1500.50");
            assertThat(deal.get("currency")).isEqualTo("BRL");
            assertThat((String) deal.get("products")).contains("A").contains("B").contains("C");
            assertThat(json.readTree((String) deal.get("custom_fields"))).isEqualTo(json.readTree("{\"campanha\": \"black friday\"}"));
        });
        assertThat(jdbc.queryForMap("SELECT c.name, c.country, c.language FROM contact c JOIN deal d ON d.contact_id = c.id WHERE d.id = ?",
                dealId)).containsEntry("name", "Rita Lopes").containsEntry("country", "BR").containsEntry("language", "pt-BR");
    }

    @Test
    void givenConsentIsStoredWithItsTextAndTime() throws Exception {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Com consentimento", """
                {"consent": {"required": true, "field": "aceite", "text": "Aceito receber e-mails"}}""");
        String email = Unique.email("consent");

        HttpResponse<String> response = http().postJson("/api/v1/intake/forms/" + key, """
                {"email": "%s", "aceite": true}""".formatted(email));

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> contact = jdbc.queryForMap("SELECT c.consent, c.consent_text, c.consent_at FROM contact c "
                + "JOIN contact_email e ON e.contact_id = c.id WHERE e.email = ?", email);
        assertThat(contact.get("consent")).isEqualTo(true);
        assertThat(contact.get("consent_text")).isEqualTo("Aceito receber e-mails");
        assertThat(contact.get("consent_at")).isNotNull();
    }

    @Test
    void aPopupSubmissionIsAPopupEventAndAFormKeyOnThePopupPathIsNotFound() throws Exception {
        String email = Unique.email("popup");
        HttpResponse<String> response = http().postJson("/api/v1/intake/popups/popup-feirao", """
                {"nome": "Pop Up", "email": "%s", "aceite": "on"}""".formatted(email));

        assertThat(response.statusCode()).isEqualTo(201);
        long dealId = json.readTree(response.body()).get("dealId").asLong();
        assertThat(placementOf(dealId)).isEqualTo("Feirão Digital/LEAD");
        assertThat(jdbc.queryForObject("SELECT channel FROM inbound_event WHERE deal_id = ?", String.class, dealId)).isEqualTo("POPUP");

        assertThat(http().postJson("/api/v1/intake/popups/leads", "{\"email\": \"" + Unique.email("x") + "\"}").statusCode()).isEqualTo(404);
        assertThat(http().postJson("/api/v1/intake/forms/popup-feirao", "{\"email\": \"" + Unique.email("x") + "\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aSourcesThankYouUrlIsWhereAPlainPostGoes() {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Com página própria", """
                {"thankYouUrl": "https://site.example/obrigado?x=1"}""");

        HttpResponse<String> response = http().post("/api/v1/intake/forms/" + key, URLENCODED, "email=" + Unique.email("url"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("https://site.example/obrigado?x=1");
    }
}
