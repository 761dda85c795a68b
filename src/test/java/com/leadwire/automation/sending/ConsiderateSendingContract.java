package com.leadwire.automation.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.Rules;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * Sending like a considerate sender, end to end with real SMTP and the test clock: a marketing e-mail
 * (a rule's, a follow-up's) that falls due on a Friday evening goes out on Monday at 09:00 business
 * time; with a cap of 2 the third of the day waits for the next day and then goes; a transactional
 * e-mail is never held; with both off nothing changes. The clock only moves forward (other tests move
 * it too): every time is computed from its current instant. Run on H2 and on MariaDB.
 */
abstract class ConsiderateSendingContract extends IntegrationTestSupport {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    Rules rules;

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
    SendingSettings settings;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> createdRules = new ArrayList<>();
    private SendingSettingsDraft before;

    @BeforeEach
    void keepSettings() {
        before = settings.current().draft();
    }

    @AfterEach
    void restore() {
        createdRules.forEach(id -> rules.delete(id, "test"));
        settings.update(before, "test");
    }

    private void hoursOn() {
        settings.update(new SendingSettingsDraft("America/Sao_Paulo", new SendingSettingsDraft.Hours(true, WEEKDAYS, "09:00", "18:00"),
                new SendingSettingsDraft.Cap(false, 3)), "test");
    }

    private void capOf(int perContact) {
        settings.update(new SendingSettingsDraft("America/Sao_Paulo", new SendingSettingsDraft.Hours(false, WEEKDAYS, "09:00", "18:00"),
                new SendingSettingsDraft.Cap(true, perContact)), "test");
    }

    /** A pipeline Espera → Ganho and an API source into Espera. */
    private record Place(String source, long won) {
    }

    private Place place() {
        PipelineView pipeline = pipelines.create(Unique.key("Considerate"), List.of(new StageDraft("Espera", StageKind.OPEN),
                new StageDraft("Ganho", StageKind.WON)));
        String source = Unique.key("considerate");
        sources.create(new SourceDraft(SourceKind.API, source, "Considerate " + source, pipeline.id(), pipeline.stages().get(0).id(), null,
                null, "{}", List.of()), "test");
        return new Place(source, pipeline.stages().get(1).id());
    }

    private String source() {
        return place().source();
    }

    private String template(String subject, boolean transactional) {
        String name = Unique.key("Considerate");
        templates.create(new MailTemplateDraft(name, "pt-BR", subject, "<p>Olá {{contact.name}}</p>", null, transactional));
        return name;
    }

    private void onNewDeals(String source, RuleAction action) {
        createdRules.add(rules.create(new RuleDefinition(Unique.key("Considerate rule"), null, true, RuleTrigger.of(TriggerType.DEAL_CREATED),
                new RuleConditions(List.of(TestRules.sourceIs(source)), List.of()), List.of(action)), "test").id());
    }

    private void emailContactOnNewDeals(String source, String template) {
        onNewDeals(source, RuleAction.email(template, List.of("contact"), List.of()));
    }

    private long newDeal(String source, String email) throws Exception {
        HttpResponse<String> created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson(source, email, "Maria Considerada", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("dealId").asLong();
    }

    private String timeline(long deal) {
        return ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + deal + "/timeline").body();
    }

    /** Moves the clock forward to that local time in São Paulo (never back) and fires what is due. */
    private void passTo(ZonedDateTime when) {
        Duration ahead = Duration.between(clock.instant(), when.toInstant());
        assertThat(ahead.isNegative()).as("the test clock only moves forward").isFalse();
        clock.advance(ahead);
        timers.fireDue();
    }

    private ZonedDateTime nextFridayAt(LocalTime time) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SAO_PAULO);
        return ZonedDateTime.of(today.plusDays(1).with(TemporalAdjusters.next(DayOfWeek.FRIDAY)), time, SAO_PAULO);
    }

    private static List<String> subjects(String address) {
        Map<String, String> byMessageId = new LinkedHashMap<>();
        for (MimeMessage message : TestSmtp.receivedBy(address)) {
            try {
                byMessageId.putIfAbsent(TestSmtp.header(message, "Message-ID"), message.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(byMessageId.values());
    }

    private static void waitFor(String address, String... subjects) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(address)).containsExactlyInAnyOrder(subjects));
    }

    /** Nothing arrives meanwhile (the outbox hands a queued e-mail to SMTP within a second or two). */
    private static void nothingMoreFor(String address, String... subjects) throws InterruptedException {
        Thread.sleep(1500);
        assertThat(subjects(address)).containsExactlyInAnyOrder(subjects);
    }

    @Test
    void aRuleEmailDueOnFridayEveningGoesOutOnMondayAtNine() throws Exception {
        hoursOn();
        String source = source();
        String subject = Unique.key("Oferta de sexta");
        emailContactOnNewDeals(source, template(subject, false));
        String email = Unique.email("sexta");
        ZonedDateTime friday = nextFridayAt(LocalTime.of(20, 0));
        passTo(friday);

        long deal = newDeal(source, email);
        nothingMoreFor(email);
        ZonedDateTime monday = friday.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(9, 0));
        assertThat(timeline(deal)).contains("held until Mon " + monday.toLocalDate() + " 09:00 America/Sao_Paulo: outside sending hours");

        passTo(monday.minusMinutes(1));
        nothingMoreFor(email);
        passTo(monday.plusSeconds(1));
        waitFor(email, subject);
        assertThat(timeline(deal)).contains("09:00 America/Sao_Paulo: outside sending hours; sent");
    }

    @Test
    void aFollowUpDueOnFridayEveningGoesOutOnMondayAtNineAndItsNextStepCountsFromThere() throws Exception {
        hoursOn();
        String source = source();
        String subject = Unique.key("Seguimento");
        String template = template(subject + " {{sequence.step}}", false);
        long sequence = sequences.create(new SequenceDraft(Unique.key("Fim de semana"), List.of(new SequenceEmail(template, "PT1M", null),
                new SequenceEmail(template, "PT1H", null)), null), "test").id();
        onNewDeals(source, RuleAction.sequence(RuleAction.Type.START_SEQUENCE, sequence));
        String email = Unique.email("seguimento");
        ZonedDateTime friday = nextFridayAt(LocalTime.of(19, 59));
        passTo(friday);
        long deal = newDeal(source, email);

        passTo(friday.plusMinutes(2));
        nothingMoreFor(email);
        ZonedDateTime monday = friday.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(9, 0));
        FollowUpView.Email held = followUps.ofDeal(deal).get(0).emails().get(0);
        assertThat(held.status()).isEqualTo(EmailStatus.HELD);
        assertThat(held.detail()).isEqualTo("held until Mon " + monday.toLocalDate() + " 09:00 America/Sao_Paulo: outside sending hours");
        assertThat(timeline(deal)).contains("e-mail 1").contains("HELD (held until Mon " + monday.toLocalDate() + " 09:00");

        passTo(monday.plusSeconds(1));
        waitFor(email, subject + " 1");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(followUps.ofDeal(deal).get(0).emails().get(0).status())
                .isEqualTo(EmailStatus.SENT));
        assertThat(followUps.ofDeal(deal).get(0).emails().get(0).detail()).as("it still says it was held")
                .contains("outside sending hours");
        passTo(monday.plusMinutes(59));
        nothingMoreFor(email, subject + " 1");
        passTo(monday.plusMinutes(61));
        waitFor(email, subject + " 1", subject + " 2");
    }

    @Test
    void aFollowUpThatStopsWhileItsEmailIsHeldNeverSendsIt() throws Exception {
        hoursOn();
        Place place = place();
        String source = place.source();
        String subject = Unique.key("Nunca");
        long sequence = sequences.create(new SequenceDraft(Unique.key("Parado"), List.of(new SequenceEmail(template(subject, false), "PT1M",
                null)), null), "test").id();
        onNewDeals(source, RuleAction.sequence(RuleAction.Type.START_SEQUENCE, sequence));
        String email = Unique.email("parado");
        ZonedDateTime saturday = nextFridayAt(LocalTime.of(12, 0)).plusDays(1);
        passTo(saturday);
        long deal = newDeal(source, email);
        passTo(saturday.plusMinutes(2));
        assertThat(followUps.ofDeal(deal).get(0).emails().get(0).status()).isEqualTo(EmailStatus.HELD);

        HttpResponse<String> moved = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals/" + deal + "/move",
                "{\"stageId\": " + place.won() + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        FollowUpView stopped = followUps.ofDeal(deal).get(0);
        assertThat(stopped.status()).isEqualTo(FollowUpView.Status.STOPPED);
        assertThat(stopped.emails().get(0).status()).isEqualTo(EmailStatus.SKIPPED);
        assertThat(stopped.emails().get(0).detail()).contains("outside sending hours; not sent: the follow-up stopped");
        passTo(saturday.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(9, 1)));
        nothingMoreFor(email);
    }

    @Test
    void withACapOfTwoTheThirdEmailOfTheDayWaitsForTheNextDayThenGoesAndATransactionalOneIsNeverHeld() throws Exception {
        capOf(2);
        String source = source();
        String first = Unique.key("Primeiro");
        String second = Unique.key("Segundo");
        String third = Unique.key("Terceiro");
        String receipt = Unique.key("Recibo");
        emailContactOnNewDeals(source, template(first, false));
        emailContactOnNewDeals(source, template(second, false));
        emailContactOnNewDeals(source, template(third, false));
        emailContactOnNewDeals(source, template(receipt, true));
        String email = Unique.email("limite");
        long deal = newDeal(source, email);

        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(email).size() == 3);
        nothingMoreFor(email, first, second, receipt);
        assertThat(subjects(email)).as("two marketing e-mails of the three, and the receipt").hasSize(3);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), SAO_PAULO).plusDays(1);
        assertThat(timeline(deal)).contains("held until").contains(tomorrow + " 00:00 America/Sao_Paulo: daily limit reached");

        passTo(tomorrow.atStartOfDay(SAO_PAULO).plusSeconds(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(email).size() == 4);
        assertThat(subjects(email)).containsExactlyInAnyOrder(first, second, third, receipt);
        assertThat(timeline(deal)).contains("daily limit reached; sent");
    }

    /** An e-mail of the template, due on a Friday at 21:00, leaves at once and the timeline tells of no hold. */
    private void goesOutAtOnceOnAFridayEvening(boolean transactional) throws Exception {
        String source = source();
        String subject = Unique.key(transactional ? "Recibo de sexta" : "Sem limites");
        emailContactOnNewDeals(source, template(subject, transactional));
        passTo(nextFridayAt(LocalTime.of(21, 0)));
        String email = Unique.email("agora");
        long deal = newDeal(source, email);

        waitFor(email, subject);
        assertThat(timeline(deal)).doesNotContain("held until");
    }

    @Test
    void aTransactionalEmailGoesOutOutsideSendingHours() throws Exception {
        hoursOn();
        goesOutAtOnceOnAFridayEvening(true);
    }

    @Test
    void withBothOffAnEmailOnFridayEveningGoesOutAtOnce() throws Exception {
        assertThat(settings.current().anyOn()).isFalse();
        goesOutAtOnceOnAFridayEvening(false);
    }

    @Test
    void aCapCountsFollowUpsAndRulesTogether() throws Exception {
        capOf(1);
        String source = source();
        String fromRule = Unique.key("Da regra");
        String fromSequence = Unique.key("Da sequência");
        emailContactOnNewDeals(source, template(fromRule, false));
        long sequence = sequences.create(new SequenceDraft(Unique.key("Limite"), List.of(new SequenceEmail(template(fromSequence, false), "PT1M",
                null)), null), "test").id();
        onNewDeals(source, RuleAction.sequence(RuleAction.Type.START_SEQUENCE, sequence));
        String email = Unique.email("junto");
        Instant start = clock.instant();
        ZonedDateTime local = start.atZone(SAO_PAULO);
        if (local.toLocalTime().isAfter(LocalTime.of(23, 50))) {
            passTo(local.toLocalDate().plusDays(1).atStartOfDay(SAO_PAULO).plusMinutes(1));
        }
        long deal = newDeal(source, email);
        waitFor(email, fromRule);
        clock.advance(Duration.ofMinutes(2));
        timers.fireDue();
        nothingMoreFor(email, fromRule);
        assertThat(followUps.ofDeal(deal).get(0).emails().get(0).status()).isEqualTo(EmailStatus.HELD);
        assertThat(followUps.ofDeal(deal).get(0).emails().get(0).detail()).endsWith("daily limit reached");
    }
}
