package com.leadwire.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/** The intake path through POST /api/v1/deals, run on H2 and on MariaDB. */
abstract class IntakeContract extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void anAutocloudLeadLandsInLeadAndQueuesTheTeamAndWelcomeEmails() throws Exception {
        String email = Unique.email("lead");
        HttpResponse<String> response = api().postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", email, "Maria Silva", "{\"platform\": \"autocloud\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
        long dealId = body(response).get("dealId").asLong();
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/deals/" + dealId);
        assertThat(jdbc.queryForObject("""
                SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = d.pipeline_id
                WHERE d.id = ? AND p.name = 'autocloud'""", String.class, dealId)).isEqualTo("LEAD");
        assertThat(jdbc.queryForObject("SELECT title FROM deal WHERE id = ?", String.class, dealId)).isEqualTo("Maria Silva – autocloud");
        assertThat(jdbc.queryForList("SELECT recipient FROM outbox_message WHERE deal_id = ? AND channel = 'MAIL' ORDER BY id",
                String.class, dealId))
                .containsExactly("ana.souza@comercial.example, bruno.lima@comercial.example", email);
        assertThat(jdbc.queryForList("SELECT payload FROM outbox_message WHERE deal_id = ? ORDER BY id", String.class, dealId))
                .anySatisfy(payload -> assertThat(payload).contains("LEADS - NOVO ENVIO: Maria Silva"))
                .anySatisfy(payload -> assertThat(payload).contains("A TRANSFORMAÇÃO ESTÁ A CAMINHO"));
        assertThat(count("SELECT COUNT(*) FROM deal_history WHERE deal_id = ? AND from_stage_id IS NULL", dealId)).isOne();
    }

    @Test
    void aFeiraoEvaluationLandsInAvaliacaoOfFeiraoDigital() throws Exception {
        HttpResponse<String> response = api().postJson("/api/v1/deals", ApiClient.dealJson("leads", Unique.email("loja"), "Loja Nova",
                "{\"platform\": \"Feirão Digital\", \"type\": \"AVALIAÇÃO\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
        long dealId = body(response).get("dealId").asLong();
        assertThat(jdbc.queryForObject("""
                SELECT CONCAT(p.name, '/', s.name) FROM deal d JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = d.pipeline_id
                WHERE d.id = ?""", String.class, dealId)).isEqualTo("Feirão Digital/AVALIAÇÃO");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ?", dealId)).isEqualTo(2);
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneDealAndTheSameAnswer() throws Exception {
        String email = Unique.email("idem");
        Http withKey = api().header("Idempotency-Key", Unique.key("idem"));
        HttpResponse<String> first = withKey.postJson("/api/v1/deals", ApiClient.dealJson("leads-autocloud", email, "Idem", null));
        HttpResponse<String> second = withKey.postJson("/api/v1/deals", ApiClient.dealJson("leads-autocloud", email, "Idem", null));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(body(second)).isEqualTo(body(first));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        long contactId = body(first).get("contactId").asLong();
        assertThat(count("SELECT COUNT(*) FROM deal WHERE contact_id = ?", contactId)).isOne();
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE contact_id = ?", contactId)).isOne();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ?", body(first).get("dealId").asLong())).isEqualTo(2);
    }

    @Test
    void anotherEventForTheSameEmailInOtherCaseFillsTheSameContact() throws Exception {
        String email = Unique.email("merge");
        HttpResponse<String> first = api().postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}}""".formatted(email));
        HttpResponse<String> second = api().postJson("/api/v1/deals", """
                {"contact": {"email": "  %s ", "name": "Carla Dias", "phone": "(11) 98765-4321", "country": "br"}}"""
                .formatted(email.toUpperCase()));

        long contactId = body(first).get("contactId").asLong();
        assertThat(body(second).get("contactId").asLong()).isEqualTo(contactId);
        HttpResponse<String> contact = api().get("/api/v1/contacts/" + contactId);
        JsonNode read = body(contact).get("contact");
        assertThat(read.get("name").asText()).isEqualTo("Carla Dias");
        assertThat(read.get("phone").asText()).isEqualTo("+5511987654321");
        assertThat(read.get("country").asText()).isEqualTo("BR");
        assertThat(body(contact).get("deals")).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM contact_history WHERE contact_id = ? AND change_kind = 'UPDATED'", contactId))
                .isEqualTo(3);
        assertThat(body(api().get("/api/v1/contacts?email=" + email.toUpperCase())).get("contact").get("id").asLong())
                .isEqualTo(contactId);
    }

    @Test
    void fiftyConcurrentRequestsForOneEmailEndInOneContact() throws Exception {
        String local = "race-" + Unique.suffix();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String spelling = switch (i % 3) {
                    case 0 -> local + "@Example.com";
                    case 1 -> "  " + local.toUpperCase() + "@EXAMPLE.COM ";
                    default -> local + "@example.com";
                };
                calls.add(() -> api().postJson("/api/v1/deals", ApiClient.dealJson("leads-autocloud", spelling, "Race", null)));
            }
            List<Future<HttpResponse<String>>> responses = pool.invokeAll(calls);
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        String email = local + "@example.com";
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isOne();
        long contactId = jdbc.queryForObject("SELECT contact_id FROM contact_email WHERE email = ?", Long.class, email);
        assertThat(count("SELECT COUNT(*) FROM deal WHERE contact_id = ?", contactId)).isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE contact_id = ?", contactId)).isEqualTo(50);
    }
}
