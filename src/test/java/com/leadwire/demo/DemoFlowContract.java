package com.leadwire.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.automation.timers.Timers;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The whole 002 flow as the demo data ships it, with real e-mail (GreenMail) and the test clock:
 * the new lead's e-mails, the 5- and 15-day reminders, the evaluation e-mails when a deal enters
 * AVALIAÇÃO (created there, or moved there through CREDENCIAMENTO). Run on H2 and on MariaDB.
 */
abstract class DemoFlowContract extends IntegrationTestSupport {

    private static final String ANA = "ana.souza@comercial.example";
    private static final String BRUNO = "bruno.lima@comercial.example";
    private static final String SUPPORT = "suporte@feiraodigital.example";

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    Pipelines pipelines;

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private long lead(String email, String name, String platform, String type) throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/deals", """
                {"source": "leads", "contact": {"email": "%s", "name": "%s"},
                 "deal": {"fields": {"platform": "%s", "type": "%s"}, "responsible": "ana"}}""".formatted(email, name, platform, type));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("dealId").asLong();
    }

    private void move(long dealId, String stage) throws Exception {
        JsonNode deal = json.readTree(api().get("/api/v1/deals/" + dealId).body()).path("deal");
        PipelineView pipeline = pipelines.find(deal.path("pipelineId").asLong()).orElseThrow();
        long stageId = pipeline.stages().stream().filter(s -> s.name().equals(stage)).findFirst().orElseThrow().id();
        HttpResponse<String> moved = api().postJson("/api/v1/deals/" + dealId + "/move", "{\"stageId\": " + stageId + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    private void daysPass(int days) {
        clock.advance(Duration.ofDays(days).plusMinutes(1));
        timers.fireDue();
    }

    /** Subjects of the e-mails sent to the address (GreenMail keeps a copy per recipient: one per Message-ID counts). */
    private static List<String> subjects(String address, String about) {
        Map<String, String> byMessageId = new LinkedHashMap<>();
        TestSmtp.receivedBy(address).forEach(message -> byMessageId.putIfAbsent(TestSmtp.header(message, "Message-ID"), subject(message)));
        return byMessageId.values().stream().filter(subject -> subject.contains(about)).toList();
    }

    private static void arrives(String address, String subject, String about) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(address, about)).contains(subject));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAutocloudLeadGetsItsEmailsAndTheTeamItsRemindersUntilTheLeadMoves() throws Exception {
        String stays = Unique.key("Parado");
        String stayer = Unique.email("parado");
        String moves = Unique.key("Credenciado");
        String mover = Unique.email("credenciado");
        long staying = lead(stayer, stays, "autocloud", "LEAD");
        long moving = lead(mover, moves, "autocloud", "LEAD");

        for (String team : List.of(ANA, BRUNO)) {
            arrives(team, "LEADS - NOVO ENVIO: " + stays, stays);
        }
        arrives(stayer, "A TRANSFORMAÇÃO ESTÁ A CAMINHO", "TRANSFORMAÇÃO");
        arrives(mover, "A TRANSFORMAÇÃO ESTÁ A CAMINHO", "TRANSFORMAÇÃO");

        move(moving, "APRESENTAÇÃO");
        move(moving, "CREDENCIAMENTO");
        move(moving, "AVALIAÇÃO");
        arrives(mover, "autocloud - Seu período de 15 dias de avaliação começou", "avaliação");

        daysPass(5);
        arrives(ANA, "ATENÇÃO: Lead criado há mais de 5 dias: " + stays, stays);
        daysPass(10);
        arrives(ANA, "ATENÇÃO: Lead criado há mais de 15 dias: " + stays, stays);

        // the lead that left LEAD had its reminders cancelled; the stayer got each one once
        assertThat(subjects(ANA, moves)).containsExactly("LEADS - NOVO ENVIO: " + moves);
        assertThat(subjects(ANA, stays)).containsExactlyInAnyOrder("LEADS - NOVO ENVIO: " + stays,
                "ATENÇÃO: Lead criado há mais de 5 dias: " + stays, "ATENÇÃO: Lead criado há mais de 15 dias: " + stays);
        assertThat(firedRules("/api/v1/deals/" + staying + "/timeline")).contains("autocloud: novo lead",
                "autocloud: lead parado há 5 dias", "autocloud: lead parado há 15 dias");
        long contact = json.readTree(api().get("/api/v1/deals/" + moving).body()).path("deal").path("contactId").asLong();
        assertThat(firedRules("/api/v1/contacts/" + contact + "/timeline")).contains("autocloud: novo lead", "autocloud: avaliação começou")
                .doesNotContain("autocloud: lead parado há 5 dias");
    }

    private List<String> firedRules(String timeline) throws Exception {
        HttpResponse<String> read = api().get(timeline);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        json.readTree(read.body()).forEach(entry -> {
            if ("RULE_FIRING".equals(entry.path("kind").asText()) && "FIRED".equals(entry.path("ruleFiring").path("outcome").asText())) {
                names.add(entry.path("ruleFiring").path("ruleName").asText());
            }
        });
        return names;
    }

    @Test
    void aFeiraoEvaluationTellsTheLeadTheTeamAndSupport() throws Exception {
        String name = Unique.key("Loja");
        String email = Unique.email("loja");
        lead(email, name, "Feirão Digital", "AVALIAÇÃO");

        arrives(email, "Feirão Digital - Seu período de 15 dias de avaliação começou", "Feirão");
        for (String team : List.of(ANA, BRUNO, SUPPORT)) {
            arrives(team, "Feirão Digital - ATENÇÃO Loja nova em avaliação: " + name, name);
        }
    }

    @Test
    void anAutocloudLeadEntersAvaliacaoOnlyThroughCredenciamento() throws Exception {
        long deal = lead(Unique.email("pulo"), Unique.key("Pulo"), "autocloud", "LEAD");
        JsonNode dealJson = json.readTree(api().get("/api/v1/deals/" + deal).body()).path("deal");
        PipelineView pipeline = pipelines.find(dealJson.path("pipelineId").asLong()).orElseThrow();
        long avaliacao = pipeline.stages().stream().filter(s -> s.name().equals("AVALIAÇÃO")).findFirst().orElseThrow().id();

        HttpResponse<String> refused = api().postJson("/api/v1/deals/" + deal + "/move", "{\"stageId\": " + avaliacao + "}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.isProblem(refused)).isTrue();
        assertThat(refused.body()).contains("CREDENCIAMENTO");
    }

    @Test
    void theDefaultLeadGroupsCarryTheirPortugueseSequencesAndAnAbandonedCheckoutGetsTheFirst() throws Exception {
        JsonNode groups = json.readTree(api().get("/api/v1/lead-groups").body());
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        groups.forEach(group -> {
            if (group.path("kind").asText().equals("DEFAULT")) {
                defaults.put(group.path("source").asText(), group);
            }
        });
        assertThat(defaults).containsOnlyKeys("UNFINISHED", "ABANDONED");
        JsonNode unfinished = defaults.get("UNFINISHED");
        JsonNode abandoned = defaults.get("ABANDONED");
        assertThat(unfinished.path("status").asText()).as("off in the tests (leadwire.demo.lead-groups)").isEqualTo("INACTIVE");
        assertThat(unfinished.path("variants").get(0).path("sendTimes")).extracting(JsonNode::asText).containsExactly("PT1H", "P1D", "P3D");
        assertThat(abandoned.path("variants").get(0).path("sendTimes")).extracting(JsonNode::asText).containsExactly("PT10M", "P1D");
        assertThat(json.readTree(api().get("/api/v1/sources").body()).findParents("key").stream()
                .filter(source -> source.path("key").asText().equals("checkout-autocloud")).findFirst().orElseThrow()
                .path("checkout").asBoolean()).isTrue();

        String off = abandoned.toString();
        String on = ((ObjectNode) abandoned.deepCopy()).put("status", "ACTIVE").toString();
        String email = Unique.email("carrinho");
        try {
            assertThat(api().put("/api/v1/lead-groups/" + abandoned.path("id").asLong(), writable(on)).statusCode()).isEqualTo(200);
            HttpResponse<String> created = api().postJson("/api/v1/deals", """
                    {"source": "checkout-autocloud", "contact": {"email": "%s", "name": "Carla Carrinho"}}""".formatted(email));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(61));
            timers.fireDue();
            clock.advance(Duration.ofMinutes(11));
            timers.fireDue();
            arrives(email, "Você esqueceu algo no autocloud®?", "autocloud®?");
        } finally {
            api().put("/api/v1/lead-groups/" + abandoned.path("id").asLong(), writable(off));
        }
    }

    /** A listed group as a body to PUT: without what only the answer carries. */
    private String writable(String group) throws Exception {
        ObjectNode node = (ObjectNode) json.readTree(group);
        node.remove(List.of("id", "kind", "variants", "leadCount", "createdAt", "updatedAt", "testOutcome"));
        return node.toString();
    }
}
