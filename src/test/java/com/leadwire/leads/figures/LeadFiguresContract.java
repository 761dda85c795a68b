package com.leadwire.leads.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.dashboard.Dashboard;
import com.leadwire.leads.LeadFigures;
import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.LeadManagementFigures;
import com.leadwire.leads.LeadManagementFigures.GroupFigures;
import com.leadwire.leads.LeadManagementFigures.StepFigures;
import com.leadwire.leads.LeadSource;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.SignedPayloads;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

/**
 * The dashboard's lead-management figures from real intake: failed payments whose contacts enter a
 * lead group of unfinished orders (for this test's product) and follow its three-e-mail sequence
 * (real SMTP, the test clock), one won after the first e-mail, one paying after the second, one
 * getting all three, one paying before any; then
 * per step the e-mails sent and the value, and the conversion of the targeted leads. Run on H2 and
 * on MariaDB.
 */
abstract class LeadFiguresContract extends IntegrationTestSupport {

    private static final String PAYMENT_SECRET = "segredo-de-pagamento-leads";
    private static final BigDecimal PAID = new BigDecimal("97.50");

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    LeadGroups groups;

    @Autowired
    Sequences sequences;

    @Autowired
    FollowUps followUps;

    @Autowired
    MailTemplates templates;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    LeadFigures figures;

    @Autowired
    Dashboard dashboard;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> createdGroups = new ArrayList<>();
    private PipelineView pipeline;
    private String source;
    /** This test's product: only its groups take its deals. */
    private String product;
    private SequenceView sequence;
    private Instant start;

    @BeforeEach
    void unfinishedPaymentsFollowedUpByAGroup() {
        start = clock.instant();
        pipeline = pipelines.create(Unique.key("Leads"), List.of(new StageDraft("Espera", StageKind.OPEN),
                new StageDraft("Ganho", StageKind.WON), new StageDraft("Perdido", StageKind.LOST)));
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.NEW, stage("Espera"));
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.SUCCEEDED, stage("Ganho"));
        source = Unique.key("loja");
        product = Unique.key("Curso");
        sources.create(new SourceDraft(SourceKind.PAYMENT, source, "Loja " + source, pipeline.id(), null, null, PAYMENT_SECRET, "{}",
                List.of()), "test");
        String template = Unique.key("Lembrete");
        templates.create(new MailTemplateDraft(template, "pt-BR", "Lembrete {{sequence.step}} de {{sequence.name}}",
                "<p>Olá {{contact.name}}, seu pedido espera</p>", null, false));
        sequence = sequences.create(new SequenceDraft(Unique.key("Carrinho"), List.of(new SequenceEmail(template, "PT10M", null),
                new SequenceEmail(template, "PT10M", null), new SequenceEmail(template, "PT10M", null)), null), "test");
    }

    @AfterEach
    void deleteGroups() {
        createdGroups.forEach(id -> groups.delete(id, "test"));
    }

    @Test
    void countsTheEmailsPerStepTheValueAfterEachAndTheConversionOfTheTargetedLeads() throws Exception {
        long group = group("Pedidos não pagos", product);
        long quiet = group("Sem e-mails", Unique.key("Outro curso"));
        Lead wonAfterFirst = lead(group);
        Lead paysAfterSecond = lead(group);
        Lead getsAll = lead(group);
        Lead paysAtOnce = lead(group);

        pay(paysAtOnce, "succeeded");
        pass(Duration.ofMinutes(11));
        awaitSent(1, wonAfterFirst, paysAfterSecond, getsAll);
        HttpResponse<String> won = api().postJson("/api/v1/deals/" + wonAfterFirst.deal() + "/won", "{}");
        assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
        pass(Duration.ofMinutes(10));
        awaitSent(2, paysAfterSecond, getsAll);
        pay(paysAfterSecond, "succeeded");
        pass(Duration.ofMinutes(10));
        awaitSent(3, getsAll);
        pass(Duration.ofMinutes(10));

        LeadManagementFigures shown = figures.of(start.minusSeconds(1), clock.instant().plusSeconds(1));

        GroupFigures pending = of(shown, group);
        assertThat(pending.name()).isEqualTo(name(group));
        assertThat(pending.steps()).extracting(StepFigures::step, StepFigures::emailsSent).containsExactly(
                tuple(1, 3L), tuple(2, 2L),
                tuple(3, 1L));
        assertThat(pending.steps()).extracting(StepFigures::value).containsExactly(List.of(brl(PAID)), List.of(brl(PAID)), List.of());
        assertThat(pending.value()).containsExactly(brl(PAID.add(PAID)));
        assertThat(pending.targetedLeads()).as("the three that got an e-mail").isEqualTo(3);
        assertThat(pending.convertedLeads()).as("won after the first, paid after the second; not the one that paid at once")
                .isEqualTo(2);
        assertThat(pending.conversion()).isEqualTo(2 / 3.0);

        GroupFigures none = of(shown, quiet);
        assertThat(none.targetedLeads()).isZero();
        assertThat(none.conversion()).isNull();
        assertThat(none.steps()).extracting(StepFigures::emailsSent).containsOnly(0L);
        assertThat(none.value()).isEmpty();

        GroupFigures total = shown.total();
        assertThat(total.groupId()).isNull();
        assertThat(total.targetedLeads()).isEqualTo(shown.groups().stream().mapToLong(GroupFigures::targetedLeads).sum());
        assertThat(total.steps().get(0).emailsSent())
                .isEqualTo(shown.groups().stream().mapToLong(figures -> figures.steps().get(0).emailsSent()).sum());
        assertThat(jdbc.queryForList("SELECT last_step FROM lead_conversion WHERE group_id = ? ORDER BY converted_at", Integer.class, group))
                .as("each lead converts once, the one that paid at once before any e-mail").containsExactly(null, 1, 2);
    }

    @Test
    void anotherPeriodCountsOnlyWhatHappenedInIt() throws Exception {
        long group = group("Pedidos do período", product);
        Lead lead = lead(group);
        pass(Duration.ofMinutes(11));
        awaitSent(1, lead);
        pay(lead, "succeeded");

        assertThat(of(figures.of(start.minus(Duration.ofDays(2)), start.minus(Duration.ofDays(1))), group))
                .extracting(GroupFigures::targetedLeads, GroupFigures::convertedLeads, GroupFigures::value)
                .containsExactly(0L, 0L, List.of());
        assertThat(of(figures.of(start.minusSeconds(1), clock.instant().plusSeconds(1)), group))
                .extracting(GroupFigures::targetedLeads, GroupFigures::convertedLeads, GroupFigures::value)
                .containsExactly(1L, 1L, List.of(brl(PAID)));
    }

    @Test
    void theDashboardApiAnswersTheLeadManagementFigures() throws Exception {
        long group = group("Pedidos na API", product);
        Lead lead = lead(group);
        pass(Duration.ofMinutes(11));
        awaitSent(1, lead);
        pay(lead, "succeeded");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        HttpResponse<String> answer = api().get("/api/v1/dashboard?pipelineId=" + pipeline.id() + "&from=" + today.minusDays(1) + "&to="
                + today.plusDays(1));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode leads = json.readTree(answer.body()).get("leadManagement");
        JsonNode mine = null;
        for (JsonNode figures : leads.get("groups")) {
            if (figures.get("groupId").asLong() == group) {
                mine = figures;
            }
        }
        assertThat(mine).as(answer.body()).isNotNull();
        assertThat(mine.get("name").asText()).isEqualTo(name(group));
        assertThat(mine.get("targetedLeads").asLong()).isEqualTo(1);
        assertThat(mine.get("convertedLeads").asLong()).isEqualTo(1);
        assertThat(mine.get("conversion").asDouble()).isEqualTo(1.0);
        assertThat(mine.get("steps").get(0).get("emailsSent").asLong()).isEqualTo(1);
        assertThat(mine.get("steps").get(0).get("value").get(0).get("currency").asText()).isEqualTo("BRL");
        assertThat(mine.get("steps").get(0).get("value").get(0).get("amount").decimalValue()).isEqualByComparingTo(PAID);
        assertThat(leads.get("total").get("groupId").isNull()).isTrue();
        assertThat(dashboard.of(pipeline.id(), today.minusDays(1), today.plusDays(1)).leadManagement().groups())
                .extracting(GroupFigures::groupId).contains(group);
    }

    private record Lead(String email, String payment, long deal, long contact) {
    }

    /** A failed payment of this test's product: its contact enters the group, whose follow-up starts. */
    private Lead lead(long group) {
        String email = Unique.email("pedido");
        String payment = Unique.key("pay");
        pay(email, payment, "failed");
        long deal = jdbc.queryForObject("SELECT id FROM deal WHERE external_ref = ?", Long.class, source + ":" + payment);
        FollowUpView followUp = followUps.ofDeal(deal).get(0);
        assertThat(jdbc.queryForObject("SELECT follow_up_id FROM lead_member WHERE group_id = ? AND deal_id = ?", Long.class, group, deal))
                .as("the lead entered the group").isEqualTo(followUp.id());
        return new Lead(email, payment, deal, followUp.contactId());
    }

    /** An active group of unfinished orders of one product, following this test's sequence. */
    private long group(String name, String groupProduct) {
        long id = groups.create(new LeadGroupDraft(name + " " + Unique.suffix(), null, LeadGroupStatus.ACTIVE, null, LeadSource.UNFINISHED,
                List.of(sequence.id()), null, null, 1, List.of(groupProduct), null, null, false, null, null), "test").id();
        createdGroups.add(id);
        return id;
    }

    private String name(long group) {
        return jdbc.queryForObject("SELECT name FROM lead_group WHERE id = ?", String.class, group);
    }

    private void pay(Lead lead, String status) {
        pay(lead.email(), lead.payment(), status);
    }

    private void pay(String email, String payment, String status) {
        String body = SignedPayloads.genericPaymentEvent(Unique.key("evt"), payment, status, email, "Cliente Leads", product);
        HttpResponse<String> answer = new Http(baseUrl()).header("X-Signature", SignedPayloads.genericSignature(PAYMENT_SECRET, body))
                .postJson("/api/v1/payments/generic/" + source, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private void pass(Duration time) {
        clock.advance(time);
        timers.fireDue();
    }

    /** Waits until each lead received the step's e-mail at the SMTP server and the sender told it SENT. */
    private void awaitSent(int step, Lead... leads) {
        for (Lead lead : leads) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(TestSmtp.receivedBy(lead.email())).extracting(message -> TestSmtp.header(message, "Subject"))
                        .contains("Lembrete " + step + " de " + sequence.name());
                assertThat(followUps.ofDeal(lead.deal()).get(0).emails()).filteredOn(email -> email.step() == step)
                        .extracting(FollowUpView.Email::status).containsExactly(EmailStatus.SENT);
            });
        }
    }

    private static GroupFigures of(LeadManagementFigures figures, long group) {
        return figures.groups().stream().filter(shown -> shown.groupId() != null && shown.groupId() == group).findFirst().orElseThrow();
    }

    private long stage(String name) {
        return pipeline.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private static Amount brl(BigDecimal amount) {
        return new Amount("BRL", amount);
    }
}
