package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.BoardView.Column;
import com.leadwire.pipeline.BoardView.Total;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * The board's reads on the real database: counts and values per stage and currency, pages in the
 * order deals entered their stage, and every filter's SQL (text searched literally, a product
 * compared whole, a custom field's value as stored). Run on H2 and on MariaDB.
 */
abstract class BoardContract extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private Board board;

    @Test
    void aColumnCountsItsDealsAndAddsUpTheirValuePerCurrency() throws Exception {
        JsonNode pipeline = pipeline();
        long open = stage(pipeline, "Open");
        deal(pipeline, "a", "{\"amount\": 10.25, \"currency\": \"BRL\"}");
        deal(pipeline, "b", "{\"amount\": 5, \"currency\": \"BRL\"}");
        deal(pipeline, "c", "{\"amount\": 7, \"currency\": \"USD\"}");
        deal(pipeline, "d", "{}");

        Column column = board.of(pipeline.get("id").asLong(), BoardFilter.NONE, 2).orElseThrow().columns().get(0);

        assertThat(column.stage().id()).isEqualTo(open);
        assertThat(column.summary().dealCount()).isEqualTo(4);
        assertThat(column.summary().totals()).extracting(Total::currency).containsExactlyInAnyOrder("BRL", "USD");
        assertThat(column.summary().totals()).filteredOn(total -> "BRL".equals(total.currency())).singleElement()
                .satisfies(total -> assertThat(total.amount()).isEqualByComparingTo(new BigDecimal("15.25")));
        assertThat(column.cards()).hasSize(2);
    }

    @Test
    void pagesFollowTheOrderDealsEnteredTheStageEvenWhenTheyEnteredAtTheSameMoment() throws Exception {
        JsonNode pipeline = pipeline();
        List<Long> ids = List.of(deal(pipeline, "p1", "{}"), deal(pipeline, "p2", "{}"), deal(pipeline, "p3", "{}"),
                deal(pipeline, "p4", "{}"), deal(pipeline, "p5", "{}"));
        Instant moment = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("UPDATE deal SET stage_entered_at = ? WHERE id IN (?, ?, ?)", Timestamp.from(moment), ids.get(1), ids.get(2), ids.get(3));
        jdbc.update("UPDATE deal SET stage_entered_at = ? WHERE id = ?", Timestamp.from(moment.plusSeconds(60)), ids.get(0));
        jdbc.update("UPDATE deal SET stage_entered_at = ? WHERE id = ?", Timestamp.from(moment.minusSeconds(60)), ids.get(4));

        List<Card> first = board.of(pipeline.get("id").asLong(), BoardFilter.NONE, 2).orElseThrow().columns().get(0).cards();
        List<Card> second = board.cardsAfter(first.get(1), BoardFilter.NONE, 2);
        List<Card> third = board.cardsAfter(second.get(1), BoardFilter.NONE, 2);

        assertThat(first).extracting(Card::dealId).containsExactly(ids.get(0), ids.get(3));
        assertThat(second).extracting(Card::dealId).containsExactly(ids.get(2), ids.get(1));
        assertThat(third).extracting(Card::dealId).containsExactly(ids.get(4));
    }

    @Test
    void eachFilterNarrowsTheCardsAndTheSummaries() throws Exception {
        JsonNode pipeline = pipeline();
        long pipelineId = pipeline.get("id").asLong();
        long plain = deal(pipeline, "plain", "{\"title\": \"Plain deal\", \"products\": [\"CRM\", \"ERP\"], \"amount\": 1}");
        long plus = deal(pipeline, "plus", "{\"title\": \"Deal 50% off\", \"products\": [\"CRM Plus\"], \"amount\": 2, "
                + "\"fields\": {\"plan\": \"Pro \\\"X\\\" 100%\"}}");
        long rep = deal(pipeline, "rep_one", "{\"title\": \"Rep's\", \"responsible\": \"admin\", \"fields\": {\"plan\": \"Basic\"}}");
        long adminId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class);

        assertThat(ids(pipelineId, filter(null, null, "crm", null, null, null))).containsExactly(plain);
        assertThat(ids(pipelineId, filter(null, null, "CRM Plus", null, null, null))).containsExactly(plus);
        assertThat(ids(pipelineId, filter(adminId, null, null, null, null, null))).containsExactly(rep);
        assertThat(ids(pipelineId, filter(null, null, null, "50%", null, null))).as("%% is no wildcard").containsExactly(plus);
        assertThat(ids(pipelineId, filter(null, null, null, "rep\\_one", null, null))).isEmpty();
        assertThat(ids(pipelineId, filter(null, null, null, "REP_ONE", null, null))).as("a part of the contact's e-mail")
                .containsExactly(rep);
        assertThat(ids(pipelineId, filter(null, null, null, "Contact plus", null, null))).as("the contact's name").containsExactly(plus);
        assertThat(ids(pipelineId, filter(null, null, null, null, "plan", "Pro \"X\" 100%"))).containsExactly(plus);
        assertThat(ids(pipelineId, filter(null, null, null, null, "plan", "Pro"))).isEmpty();
        assertThat(ids(pipelineId, filter(null, null, null, null, "plan", null))).as("a field without a value filters nothing")
                .hasSize(3);
        assertThat(ids(pipelineId, filter(null, -1L, null, null, null, null))).isEmpty();

        long open = stage(pipeline, "Open");
        Map<Long, BoardView.Summary> summaries = board.summaries(List.of(open), filter(null, null, "crm", null, null, null));
        assertThat(summaries.get(open).dealCount()).isEqualTo(1);
        assertThat(summaries.get(open).totals().get(0).amount()).isEqualByComparingTo(BigDecimal.ONE);
    }

    private List<Long> ids(long pipelineId, BoardFilter filter) {
        return board.of(pipelineId, filter, 50).orElseThrow().columns().get(0).cards().stream().map(Card::dealId).sorted().toList();
    }

    private static BoardFilter filter(Long rep, Long source, String product, String text, String field, String value) {
        return new BoardFilter(rep, source, product, text, field, value);
    }

    private JsonNode pipeline() throws Exception {
        var created = api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Open"}, {"name": "Won", "kind": "WON"}, {"name": "Lost", "kind": "LOST"}]}"""
                .formatted(Unique.key("Board reads")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private static long stage(JsonNode pipeline, String name) {
        for (JsonNode stage : pipeline.get("stages")) {
            if (stage.get("name").asText().equals(name)) {
                return stage.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }

    /** {@code deal}: the deal's JSON without its pipeline; the contact is "Contact {name}", its e-mail starts with the name. */
    private long deal(JsonNode pipeline, String name, String deal) throws Exception {
        ObjectNode body = json.createObjectNode();
        body.putObject("contact").put("email", Unique.email(name)).put("name", "Contact " + name);
        ObjectNode dealNode = (ObjectNode) json.readTree(deal);
        dealNode.put("pipelineId", pipeline.get("id").asLong());
        if (!dealNode.has("title")) {
            dealNode.put("title", "Deal " + name);
        }
        body.set("deal", dealNode);
        var created = api().postJson("/api/v1/deals", json.writeValueAsString(body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("dealId").asLong();
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }
}
