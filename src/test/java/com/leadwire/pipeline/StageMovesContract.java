package com.leadwire.pipeline;

import static com.leadwire.testsupport.SignedPayloads.genericPaymentEvent;
import static com.leadwire.testsupport.SignedPayloads.genericSignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.CommittedEvents;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * Every way a deal's stage changes (intake placing a new deal, the API's move, won and lost, a
 * payment callback, deleting a stage or a pipeline, a CSV import) writes exactly one history row
 * and publishes exactly one committed {@link DealEnteredStage} per change, and the deal entered
 * its stage when its last history row says. Run on H2 and on MariaDB.
 */
abstract class StageMovesContract extends IntegrationTestSupport {

    private static final String PAYMENT_SECRET = "stage-moves-secret";
    private static final String API_ACTOR = "api:initial";

    @Autowired
    ApplicationContext context;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    private final ObjectMapper json = new ObjectMapper();
    private CommittedEvents<DealEnteredStage> entered;

    /** One stage change, as its history row and its event must both tell it. */
    private record Change(Long from, long to, Cause cause, String note) {
    }

    private record HistoryRow(Long from, long to, String actor, String note, Instant at, Instant leftAt) {
    }

    @BeforeEach
    void listen() {
        entered = CommittedEvents.of(context, DealEnteredStage.class);
    }

    @AfterEach
    void stopListening() {
        entered.close();
    }

    @Test
    void aNewDealEntersItsPlacedStageOnce() throws Exception {
        PipelineView sales = salesPipeline();

        JsonNode created = read(api().postJson("/api/v1/deals", dealIn(stage(sales, "Conversa"))), 201);

        long deal = created.get("dealId").asLong();
        assertChanges(deal, new Change(null, stage(sales, "Conversa"), Cause.CREATED, "created"));
        assertThat(eventsOf(deal).get(0).eventId()).isEqualTo(created.get("eventId").asLong());
    }

    @Test
    void movesWonAndLostThroughTheApiAreEachRecordedAndPublishedOnce() throws Exception {
        PipelineView sales = salesPipeline();
        long novo = stage(sales, "Novo");
        long conversa = stage(sales, "Conversa");
        long deal = createDeal(novo);

        read(api().postJson("/api/v1/deals/" + deal + "/move", "{\"stageId\": %d, \"expectedStageId\": %d}".formatted(conversa, novo)), 200);
        read(api().postJson("/api/v1/deals/" + deal + "/won", "{}"), 200);
        read(api().postJson("/api/v1/deals/" + deal + "/lost", "{\"reason\": \"caro demais\"}"), 200);

        assertChanges(deal,
                new Change(null, novo, Cause.CREATED, "created"),
                new Change(novo, conversa, Cause.API, "api"),
                new Change(conversa, stage(sales, "Ganho"), Cause.API, "api: won"),
                new Change(stage(sales, "Ganho"), stage(sales, "Perdido"), Cause.API, "api: lost: caro demais"));
        assertThat(history(deal).subList(1, 4)).extracting(HistoryRow::actor).containsOnly(API_ACTOR);
        assertThat(eventsOf(deal)).extracting(DealEnteredStage::toKind)
                .containsExactly(StageKind.OPEN, StageKind.OPEN, StageKind.WON, StageKind.LOST);
    }

    @Test
    void aStaleExpectedStageIdIsRefusedAsAConflictProblemAndRecordsNothing() throws Exception {
        PipelineView sales = salesPipeline();
        long novo = stage(sales, "Novo");
        long conversa = stage(sales, "Conversa");
        long deal = createDeal(novo);
        read(api().postJson("/api/v1/deals/" + deal + "/move", "{\"stageId\": %d, \"expectedStageId\": %d}".formatted(conversa, novo)), 200);

        HttpResponse<String> staleMove = api().postJson("/api/v1/deals/" + deal + "/move",
                "{\"stageId\": %d, \"expectedStageId\": %d}".formatted(stage(sales, "Recusado"), novo));
        HttpResponse<String> staleWon = api().postJson("/api/v1/deals/" + deal + "/won", "{\"expectedStageId\": %d}".formatted(novo));

        for (HttpResponse<String> stale : List.of(staleMove, staleWon)) {
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(ApiClient.isProblem(stale)).as(stale.headers().toString()).isTrue();
            assertThat(json.readTree(stale.body()).get("detail").asText()).contains("moved to another stage meanwhile");
        }
        assertChanges(deal,
                new Change(null, novo, Cause.CREATED, "created"),
                new Change(novo, conversa, Cause.API, "api"));
    }

    @Test
    void paymentCallbacksMoveTheirDealOnceForEachNewerStatus() {
        PipelineView sales = salesPipeline();
        String source = paymentSource(sales);
        String email = Unique.email("pagante");

        pay(source, "pay-1", "new", email);
        pay(source, "pay-1", "failed", email);
        String succeeded = paymentEvent("pay-1", "succeeded", email);
        pay(source, succeeded);
        pay(source, succeeded);
        pay(source, "pay-1", "new", email);

        long deal = dealOfPayment(source, "pay-1");
        assertChanges(deal,
                new Change(null, stage(sales, "Novo"), Cause.CREATED, "created"),
                new Change(stage(sales, "Novo"), stage(sales, "Recusado"), Cause.PAYMENT, "payment: FAILED"),
                new Change(stage(sales, "Recusado"), stage(sales, "Ganho"), Cause.PAYMENT, "payment: SUCCEEDED"));
        assertThat(eventsOf(deal)).extracting(DealEnteredStage::eventId).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aLatePaymentCallbackNeverMovesADealOutOfAWonStage() throws Exception {
        PipelineView sales = salesPipeline();
        String source = paymentSource(sales);
        String email = Unique.email("decidido");
        pay(source, "won-by-rep", "new", email);
        long wonByRep = dealOfPayment(source, "won-by-rep");
        read(api().postJson("/api/v1/deals/" + wonByRep + "/won", "{}"), 200);
        pay(source, "paid", "new", email);
        pay(source, "paid", "succeeded", email);

        pay(source, "won-by-rep", "failed", email);
        pay(source, "paid", "failed", email);

        assertChanges(wonByRep,
                new Change(null, stage(sales, "Novo"), Cause.CREATED, "created"),
                new Change(stage(sales, "Novo"), stage(sales, "Ganho"), Cause.API, "api: won"));
        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE id = ?", String.class, wonByRep))
                .as("the payment's news is kept, only the stage stays").isEqualTo("FAILED");
        assertChanges(dealOfPayment(source, "paid"),
                new Change(null, stage(sales, "Novo"), Cause.CREATED, "created"),
                new Change(stage(sales, "Novo"), stage(sales, "Ganho"), Cause.PAYMENT, "payment: SUCCEEDED"));
    }

    @Test
    void aRefundStillMovesAWonDealToTheStageItsStatusIsMappedTo() throws Exception {
        PipelineView sales = salesPipeline();
        String source = paymentSource(sales);
        String email = Unique.email("estorno");
        pay(source, "refunded", "new", email);
        long deal = dealOfPayment(source, "refunded");
        read(api().postJson("/api/v1/deals/" + deal + "/won", "{}"), 200);

        pay(source, "refunded", "refunded", email);

        assertChanges(deal,
                new Change(null, stage(sales, "Novo"), Cause.CREATED, "created"),
                new Change(stage(sales, "Novo"), stage(sales, "Ganho"), Cause.API, "api: won"),
                new Change(stage(sales, "Ganho"), stage(sales, "Perdido"), Cause.PAYMENT, "payment: REFUNDED"));
    }

    @Test
    void deletingAStageMovesEachOfItsDealsOnceAsAnAdminsBulkCorrection() throws Exception {
        PipelineView sales = salesPipeline();
        long novo = stage(sales, "Novo");
        long conversa = stage(sales, "Conversa");
        List<Long> talking = List.of(createDeal(conversa), createDeal(conversa), createDeal(conversa));
        long elsewhere = createDeal(novo);

        read(api().delete("/api/v1/pipelines/" + sales.id() + "/stages/" + conversa + "?moveDealsTo=" + novo), 200);

        for (long deal : talking) {
            assertChanges(deal,
                    new Change(null, conversa, Cause.CREATED, "created"),
                    new Change(conversa, novo, Cause.STAGE_DELETED, "stage deleted: moved out of 'Conversa'"));
            assertThat(history(deal).get(1).actor()).isEqualTo(API_ACTOR);
            assertThat(eventsOf(deal).get(1).cause().isBulkCorrection()).isTrue();
        }
        assertChanges(elsewhere, new Change(null, novo, Cause.CREATED, "created"));
    }

    @Test
    void deletingAPipelineMovesItsDealsIntoAnotherPipelineOnceEach() throws Exception {
        PipelineView sales = salesPipeline();
        PipelineView closing = salesPipeline();
        long deal = createDeal(stage(closing, "Conversa"));

        HttpResponse<String> deleted = api().delete("/api/v1/pipelines/" + closing.id() + "?moveDealsTo=" + stage(sales, "Novo"));

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertChanges(deal,
                new Change(null, stage(closing, "Conversa"), Cause.CREATED, "created"),
                new Change(stage(closing, "Conversa"), stage(sales, "Novo"), Cause.STAGE_DELETED,
                        "stage deleted: moved out of pipeline '" + closing.name() + "'"));
        assertThat(eventsOf(deal).get(1).pipelineId()).isEqualTo(sales.id());
        assertThat(jdbc.queryForObject("SELECT pipeline_id FROM deal WHERE id = ?", Long.class, deal)).isEqualTo(sales.id());
    }

    @Test
    void aCsvImportPlacesItsDealsAsAnAdminsBulkCorrection() {
        PipelineView sales = salesPipeline();
        String source = Unique.key("planilha");
        sources.create(new SourceDraft(SourceKind.IMPORT, source, "Planilha " + source, sales.id(), stage(sales, "Conversa"),
                null, null, null, List.of()), "test");
        String email = Unique.email("importado");
        ImportUploads imports = new ImportUploads(api());

        HttpResponse<String> accepted = imports.upload(("email,name\n" + email + ",Irene Importada\n").getBytes(StandardCharsets.UTF_8),
                "{\"email\": \"email\", \"name\": \"name\"}", Map.of("source", source));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(imports.awaitFinished(ImportUploads.json(accepted).get("id").asLong()).get("state").asText()).isEqualTo("DONE");
        long deal = jdbc.queryForObject("SELECT d.id FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id WHERE e.email = ?",
                Long.class, email);
        assertChanges(deal, new Change(null, stage(sales, "Conversa"), Cause.IMPORTED, "imported"));
        assertThat(eventsOf(deal).get(0).cause().isBulkCorrection()).isTrue();
    }

    /**
     * The deal's history rows and its committed events: one of each per change, in order, telling
     * the same change by the same actor; and the deal is where, and since when, the last one says.
     */
    private void assertChanges(long deal, Change... changes) {
        List<HistoryRow> history = history(deal);
        assertThat(history).extracting(HistoryRow::from, HistoryRow::to, HistoryRow::note)
                .containsExactly(Arrays.stream(changes).map(change -> tuple(change.from(), change.to(), change.note()))
                        .toArray(Tuple[]::new));
        assertThat(eventsOf(deal)).extracting(DealEnteredStage::fromStageId, DealEnteredStage::toStageId, DealEnteredStage::cause,
                        DealEnteredStage::actor)
                .containsExactly(IntStream.range(0, changes.length).mapToObj(i -> tuple(changes[i].from(), changes[i].to(),
                        changes[i].cause(), history.get(i).actor())).toArray(Tuple[]::new));
        HistoryRow last = history.get(history.size() - 1);
        for (int i = 0; i < history.size(); i++) {
            Instant next = i + 1 < history.size() ? history.get(i + 1).at() : null;
            assertThat(history.get(i).leftAt()).as("each stay ends where the next begins; the last goes on").isEqualTo(next);
        }
        assertThat(jdbc.queryForObject("SELECT stage_id FROM deal WHERE id = ?", Long.class, deal)).isEqualTo(last.to());
        assertThat(jdbc.queryForObject("SELECT stage_entered_at FROM deal WHERE id = ?", Timestamp.class, deal).toInstant())
                .isCloseTo(last.at(), within(1, ChronoUnit.MILLIS));
    }

    private List<HistoryRow> history(long deal) {
        return jdbc.query("SELECT from_stage_id, to_stage_id, actor, note, moved_at, left_at FROM deal_history WHERE deal_id = ? "
                        + "ORDER BY moved_at, id",
                (rs, n) -> new HistoryRow(rs.getObject("from_stage_id") == null ? null : rs.getLong("from_stage_id"),
                        rs.getLong("to_stage_id"), rs.getString("actor"), rs.getString("note"), rs.getTimestamp("moved_at").toInstant(),
                        rs.getTimestamp("left_at") == null ? null : rs.getTimestamp("left_at").toInstant()),
                deal);
    }

    private List<DealEnteredStage> eventsOf(long deal) {
        return entered.all().stream().filter(event -> event.dealId() == deal).toList();
    }

    /** Open stages Novo, Conversa, Recusado, then Ganho (won) and Perdido (lost). */
    private PipelineView salesPipeline() {
        return pipelines.create(Unique.key("Vendas"), List.of(new StageDraft("Novo", StageKind.OPEN),
                new StageDraft("Conversa", StageKind.OPEN), new StageDraft("Recusado", StageKind.OPEN),
                new StageDraft("Ganho", StageKind.WON), new StageDraft("Perdido", StageKind.LOST)));
    }

    private static long stage(PipelineView pipeline, String name) {
        return pipeline.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A payment source into {@code pipeline}: new → Novo, failed → Recusado, succeeded → Ganho, refunded → Perdido. */
    private String paymentSource(PipelineView pipeline) {
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.NEW, stage(pipeline, "Novo"));
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.FAILED, stage(pipeline, "Recusado"));
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.SUCCEEDED, stage(pipeline, "Ganho"));
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.REFUNDED, stage(pipeline, "Perdido"));
        String key = Unique.key("loja");
        sources.create(new SourceDraft(SourceKind.PAYMENT, key, "Loja " + key, pipeline.id(), null, null, PAYMENT_SECRET, "{}",
                List.of()), "test");
        return key;
    }

    private static String paymentEvent(String paymentId, String status, String email) {
        return genericPaymentEvent(Unique.key("evt"), paymentId, status, email, "Cliente " + paymentId, "Curso");
    }

    private void pay(String source, String paymentId, String status, String email) {
        pay(source, paymentEvent(paymentId, status, email));
    }

    private void pay(String source, String body) {
        HttpResponse<String> answer = new Http(baseUrl()).header("X-Signature", genericSignature(PAYMENT_SECRET, body))
                .postJson("/api/v1/payments/generic/" + source, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private long dealOfPayment(String source, String paymentId) {
        return jdbc.queryForObject("SELECT id FROM deal WHERE external_ref = ?", Long.class, source + ":" + paymentId);
    }

    private long createDeal(long stageId) throws Exception {
        return read(api().postJson("/api/v1/deals", dealIn(stageId)), 201).get("dealId").asLong();
    }

    private static String dealIn(long stageId) {
        return "{\"contact\": {\"email\": \"%s\"}, \"deal\": {\"stageId\": %d}}".formatted(Unique.email("etapa"), stageId);
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }
}
