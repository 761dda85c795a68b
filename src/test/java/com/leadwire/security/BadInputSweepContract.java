package com.leadwire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.TableSnapshot;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The bad-input sweep of issue 7, run on H2 and on MariaDB: every public-contract operation that
 * takes input gets a generated corpus of bad requests (broken bodies, wrong content types, bodies
 * and fields over their limits, invalid e-mails, unknown keys, bad and replayed signatures, SQL
 * and markup in every text field). A refused request is a 4xx problem+json and changes no table;
 * text that is only text is stored verbatim; nothing is a 5xx. The closing line counts the outcomes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputSweepContract extends IntegrationTestSupport {

    /** Public routes the OpenAPI description leaves out on purpose (Telegram calls it, not clients). */
    private static final Set<String> UNDOCUMENTED = Set.of(TelegramBadInputs.WEBHOOK);

    private final BadInputSweep.Tally tally = new BadInputSweep.Tally();

    @Autowired
    MeterRegistry meters;

    private SweepFixtures app() {
        return new SweepFixtures(baseUrl(), jdbc);
    }

    /** The corpus by part of the public contract. */
    private Map<String, List<Case>> corpus() {
        SweepFixtures app = app();
        Map<String, List<Case>> corpus = new LinkedHashMap<>();
        corpus.put("deals and contacts API", new DealApiBadInputs(app).cases());
        corpus.put("deal work API: edits, responsible, messages, notes and tasks", new DealWorkApiBadInputs(app).cases());
        corpus.put("pipelines API", new PipelineApiBadInputs(app).cases());
        corpus.put("dashboard API", new DashboardApiBadInputs().cases());
        corpus.put("sources, outbox, team and import reads API", new AdminApiBadInputs(app).cases());
        corpus.put("e-mail templates API", new TemplateApiBadInputs(app).cases());
        corpus.put("webhooks API", new WebhookApiBadInputs(app).cases());
        corpus.put("rules, dry-run, automation switch and deal timeline API", new RuleApiBadInputs(app).cases());
        corpus.put("custom fields API", new FieldApiBadInputs(app).cases());
        corpus.put("contact e-mails, duplicates and merges API", new ContactApiBadInputs(app).cases());
        corpus.put("API keys and audit log API", new ApiKeyBadInputs().cases());
        corpus.put("follow-up sequences API", new SequenceApiBadInputs(app).cases());
        corpus.put("sending settings API", new SendingSettingsApiBadInputs().cases());
        corpus.put("lead groups API", new LeadGroupApiBadInputs(app).cases());
        corpus.put("contact privacy API: erasure, export and unsubscribe", new PrivacyApiBadInputs().cases());
        corpus.put("team API", new TeamApiBadInputs(app).cases());
        corpus.put("follow-ups of a deal or contact API", new FollowUpApiBadInputs().cases());
        corpus.put("lead list and its CSV API", new LeadApiBadInputs().cases());
        corpus.put("lead group A/B results API", new LeadGroupResultsApiBadInputs().cases());
        corpus.put("forms, pop-ups and embed scripts", new FormBadInputs(app).cases());
        corpus.put("Stripe", new StripeBadInputs(app).cases());
        corpus.put("Mercado Pago", new MercadoPagoBadInputs(app).cases());
        corpus.put("generic payments", new GenericPaymentBadInputs(app).cases());
        corpus.put("CSV imports", new ImportBadInputs(app).cases());
        corpus.put("Telegram webhook, bot off", new TelegramBadInputs(app, TestBotApi.server()).withoutBot());
        return corpus;
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointRefusesBadInputWithAProblemAndKeepsTextAsText() {
        BadInputSweep sweep = new BadInputSweep(baseUrl(), jdbc, tally, BadInputSweep.signatureRejections(meters));
        return corpus().entrySet().stream().map(part -> DynamicContainer.dynamicContainer(part.getKey(), part.getValue().stream()
                .map(sweepCase -> DynamicTest.dynamicTest(sweepCase.name(), () -> sweep.run(sweepCase)))));
    }

    @Test
    void everyDocumentedOperationThatTakesInputIsInTheCorpus() throws Exception {
        Set<String> swept = new TreeSet<>(corpus().values().stream().flatMap(List::stream).map(Case::operation).toList());
        Set<String> takingInput = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(new Http(baseUrl()).get("/v3/api-docs").body()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(operation -> {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                documented.add(name);
                if (operation.getValue().has("requestBody") || operation.getValue().path("parameters").size() > 0) {
                    takingInput.add(name);
                }
            });
        }

        assertThat(takingInput).as("operations that take input").hasSizeGreaterThan(20);
        assertThat(swept).as("documented operations that take input, without bad-input cases").containsAll(takingInput);
        assertThat(swept).as("swept operations that are neither documented nor known public routes")
                .allMatch(operation -> documented.contains(operation) || UNDOCUMENTED.contains(operation));
    }

    @Test
    void theTableSnapshotCoversTheSchemaAndSeesARowAddedAndARowChanged() {
        assertThat(TableSnapshot.tables(jdbc)).contains("contact", "contact_email", "deal", "deal_history", "inbound_event",
                "outbox_message", "channel_rejection", "import_job", "source", "pipeline", "stage");
        SweepFixtures app = app();
        TableSnapshot before = TableSnapshot.of(jdbc, Set.of());
        long pipeline = app.newPipeline().get("id").asLong();
        TableSnapshot added = TableSnapshot.of(jdbc, Set.of());
        app.api().put("/api/v1/pipelines/" + pipeline, "{\"name\": \"Sweep renamed " + Unique.suffix() + "\"}");
        TableSnapshot renamed = TableSnapshot.of(jdbc, Set.of());

        assertThat(before.changesIn(added)).contains("pipeline: " + before.rows().get("pipeline") + " → "
                + (before.rows().get("pipeline") + 1) + " rows");
        assertThat(added.changesIn(renamed)).contains("pipeline: contents changed").noneMatch(change -> change.startsWith("stage:"));
    }

    @AfterAll
    void summary() {
        String database = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
        System.out.println(tally.summary(database));
        tally.failures().forEach(failure -> System.out.println("  failed: " + failure.lines().findFirst().orElse(failure)));
    }
}
