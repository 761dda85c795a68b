package com.leadwire.admin.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.SearchSpecJ;
import com.leadwire.admin.DealValues;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.shared.ApplicationConstants;

@OnH2
class BoardViewIntegrationTests extends PanelTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private CustomFields fields;

    @Test
    void withoutLoginThePanelShowsTheLoginForm() {
        UI.getCurrent().navigate("");

        _get(LoginForm.class);
        assertThat(_find(DealCard.class)).isEmpty();
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheLoginPage() {
        var response = new Http(baseUrl()).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theDemoBoardShowsTheNewLeadWithItsContactValueSourceTimeInStageAndRep() {
        String name = "Board Lead " + Unique.suffix();
        assertThat(api().postJson("/api/v1/deals", ApiClient.dealJson("leads-autocloud", Unique.email("board"), name, null))
                .statusCode()).isEqualTo(201);

        openBoard();

        assertThat(board().pipeline.getValue().name()).isEqualTo("autocloud");
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .containsExactly("LEAD", "APRESENTAÇÃO", "CREDENCIAMENTO", "AVALIAÇÃO", "CLIENTE", "SEM INTERESSE");
        assertThat(lines(cardOf(name))).containsExactly(name, "No value", "Source: Leads autocloud®", "In this stage since today",
                "No rep yet");
    }

    @Test
    void eachColumnCountsItsDealsAndAddsUpTheirValueAndACardTellsHowLongItHasBeenInItsStage() throws Exception {
        TestPipeline pipeline = pipeline();
        long first = deal(pipeline.id, "Ana " + Unique.suffix(), "1000.50", "BRL", "\"responsible\": \"admin\"");
        deal(pipeline.id, "Bruno " + Unique.suffix(), "500", "BRL", null);
        deal(pipeline.id, "Carla " + Unique.suffix(), null, null, null);
        long won = deal(pipeline.id, "Dora " + Unique.suffix(), "20", "USD", null);
        move(won, pipeline.stage("Won"));
        Instant now = Instant.now();
        jdbc.update("UPDATE deal SET created_at = ?, stage_entered_at = ? WHERE id = ?", Timestamp.from(now.minus(Duration.ofDays(10))),
                Timestamp.from(now.minus(Duration.ofDays(3)).minusSeconds(60)), first);

        openBoard(pipeline.name);

        assertThat(summary("Open")).isEqualTo("3 deals · " + money("1500.50", "BRL"));
        assertThat(summary("Won")).isEqualTo("1 deal · " + money("20", "USD"));
        assertThat(summary("Lost")).isEqualTo("No deals");
        assertThat(cards("Lost")).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Nothing here yet: drag a card here, or use a card’s “Move to…” menu."))).hasSize(1);
        DealCard ana = cardOf("Ana");
        assertThat(lines(ana)).containsExactly(ana.card().contactName(), money("1000.50", "BRL"), "In this stage for 3 days",
                "Rep: Administrator");
        Anchor title = _get(ana, Anchor.class);
        assertThat(title.getHref()).isEqualTo("deals/" + first);
        assertThat(title.getElement().hasAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE)).isTrue();
    }

    @Test
    void aColumnShowsItsLatestTwentyCardsAndShowsMoreOnDemand() throws Exception {
        TestPipeline pipeline = pipeline();
        IntStream.rangeClosed(1, BoardView.CARDS_PER_PAGE + 5).forEach(i -> deal(pipeline.id, "Many " + i, null, null, null));

        openBoard(pipeline.name);

        StageColumn open = column("Open");
        assertThat(titles(open)).hasSize(BoardView.CARDS_PER_PAGE).first().isEqualTo("Many 25");
        assertThat(open.more.isVisible()).isTrue();
        assertThat(open.more.getText()).isEqualTo("Show more (20 of 25 shown)");

        _click(open.more);

        assertThat(titles(open)).hasSize(25).doesNotHaveDuplicates().last().isEqualTo("Many 1");
        assertThat(open.more.isVisible()).isFalse();
    }

    @Test
    void theMoveToMenuMovesTheDealThroughTheServiceAndUpdatesBothColumnsInPlace() throws Exception {
        TestPipeline pipeline = pipeline();
        String name = "Mover " + Unique.suffix();
        long dealId = deal(pipeline.id, name, "300", "BRL", null);
        deal(pipeline.id, "Stays " + Unique.suffix(), "100", "BRL", null);
        openBoard(pipeline.name);
        DealCard card = cardOf(name);

        moveWithMenu(card, "Won");

        assertThat(cards("Open")).extracting(c -> c.card().dealId()).doesNotContain(dealId);
        assertThat(cards("Won")).first().satisfies(moved -> assertThat(moved.card().dealId()).isEqualTo(dealId));
        assertThat(summary("Open")).isEqualTo("1 deal · " + money("100", "BRL"));
        assertThat(summary("Won")).isEqualTo("1 deal · " + money("300", "BRL"));
        NotificationsKt.expectNotifications("“" + name + "” moved to Won.");
        JsonNode deal = json.readTree(api().get("/api/v1/deals/" + dealId).body());
        assertThat(deal.get("deal").get("stageName").asText()).isEqualTo("Won");
        JsonNode last = deal.get("history").get(deal.get("history").size() - 1);
        assertThat(last.get("actor").asText()).isEqualTo("panel:admin");
        assertThat(last.get("note").asText()).isEqualTo("panel");
        // the card's menu now offers the stage it left, not the one it is in
        _click(moveButton(cards("Won").get(0)));
        List<Button> offered = _find(board().moveDialog, Button.class, BoardViewIntegrationTests::isStage);
        assertThat(offered).extracting(Button::getText).containsExactly("Open", "Won (where it is now)", "Lost");
        assertThat(offered).extracting(Button::isEnabled).containsExactly(true, false, true);
    }

    @Test
    void aMoveTheStagesRequirementsRefuseSaysWhyAndTheCardStays() throws Exception {
        TestPipeline pipeline = pipeline("""
                {"name": "Open"}, {"name": "Qualified", "requirements": {"fields": ["platform"]}},
                {"name": "Won", "kind": "WON"}, {"name": "Lost", "kind": "LOST"}""");
        String name = "Refused " + Unique.suffix();
        long dealId = deal(pipeline.id, name, "10", "BRL", null);
        openBoard(pipeline.name);

        moveWithMenu(cardOf(name), "Qualified");

        NotificationsKt.expectNotifications("Not moved: Qualified needs the field 'platform'");
        assertThat(cards("Open")).extracting(c -> c.card().dealId()).containsExactly(dealId);
        assertThat(summary("Open")).isEqualTo("1 deal · " + money("10", "BRL"));
        assertThat(cards("Qualified")).isEmpty();
        assertThat(json.readTree(api().get("/api/v1/deals/" + dealId).body()).get("deal").get("stageName").asText()).isEqualTo("Open");
    }

    @Test
    void aCardSomeoneElseMovedMeanwhileIsNotMovedAgainAndTheBoardShowsWhereItIs() throws Exception {
        TestPipeline pipeline = pipeline();
        String name = "Stale " + Unique.suffix();
        long dealId = deal(pipeline.id, name, "70", "BRL", null);
        openBoard(pipeline.name);
        DealCard stale = cardOf(name);
        move(dealId, pipeline.stage("Won"));

        moveWithMenu(stale, "Lost");

        NotificationsKt.expectNotifications("This deal changed meanwhile (someone else moved it, or its stage changed); "
                + "the board now shows it as it is.");
        assertThat(cards("Won")).extracting(c -> c.card().dealId()).containsExactly(dealId);
        assertThat(cards("Open")).isEmpty();
        assertThat(cards("Lost")).isEmpty();
        assertThat(json.readTree(api().get("/api/v1/deals/" + dealId).body()).get("deal").get("stageName").asText()).isEqualTo("Won");
    }

    @Test
    void theFiltersNarrowTheCardsAndTheColumnsCountsAndTotals() throws Exception {
        String suffix = Unique.suffix();
        String field = "plano" + suffix.replaceAll("[^a-z0-9]", "");
        fields.create(new CustomFieldDraft(FieldScope.DEAL, field, FieldType.CHOICE, List.of("Básico", "Pro"), "Plan", "Plano", null));
        TestPipeline pipeline = pipeline();
        deal(pipeline.id, "Filtro Ana", "100", "BRL", "\"responsible\": \"admin\", \"products\": [\"CRM\", \"ERP\"]");
        deal(pipeline.id, "Filtro Bia", "200", "BRL", "\"products\": [\"CRM Plus\"], \"fields\": {\"" + field + "\": \"Pro\"}");
        deal(pipeline.id, "Filtro Caio", "400", "BRL", "\"fields\": {\"" + field + "\": \"Básico\"}");
        openBoard(pipeline.name);
        BoardFilters filters = board().filters;
        assertThat(summary("Open")).startsWith("3 deals");

        filters.rep.setValue(filters.rep.getListDataView().getItems().filter(m -> m.username().equals("admin")).findFirst().orElseThrow());
        assertThat(contacts("Open")).containsExactly("Filtro Ana");
        assertThat(summary("Open")).isEqualTo("1 deal · " + money("100", "BRL"));
        _click(filters.clear);
        assertThat(contacts("Open")).hasSize(3);

        filters.product.setValue("crm");
        assertThat(contacts("Open")).containsExactly("Filtro Ana");
        filters.product.setValue("CRM Plus");
        assertThat(contacts("Open")).containsExactly("Filtro Bia");
        filters.product.clear();

        filters.text.setValue("caio");
        assertThat(contacts("Open")).containsExactly("Filtro Caio");
        filters.text.setValue("filtro-bia");
        assertThat(contacts("Open")).as("a part of the contact's e-mail").containsExactly("Filtro Bia");
        filters.text.setValue("nobody-has-this");
        assertThat(cards("Open")).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("No deals here match the filters"))).hasSize(3);
        filters.text.clear();

        filters.field.setValue(filters.field.getListDataView().getItems().filter(f -> f.name().equals(field)).findFirst().orElseThrow());
        assertThat(filters.choice.isVisible()).isTrue();
        assertThat(filters.choice.getListDataView().getItems().toList()).containsExactly("Básico", "Pro");
        filters.choice.setValue("Básico");
        assertThat(contacts("Open")).containsExactly("Filtro Caio");
        assertThat(summary("Open")).isEqualTo("1 deal · " + money("400", "BRL"));

        _click(filters.clear);
        filters.source.setValue(filters.source.getListDataView().getItems().filter(s -> s.key().equals("leads-autocloud")).findFirst()
                .orElseThrow());
        assertThat(cards("Open")).isEmpty();
    }

    @Test
    void aPortugueseReaderSeesTheBoardInPortuguese() throws Exception {
        TestPipeline pipeline = pipeline();
        String name = "Português " + Unique.suffix();
        deal(pipeline.id, name, "1500", "BRL", null);
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));

        openBoard(pipeline.name);

        assertThat(money("1500", "BRL")).isEqualTo("R$\u00a01.500,00");
        assertThat(summary("Open")).isEqualTo("1 negócio · " + money("1500", "BRL"));
        assertThat(lines(cardOf(name))).containsExactly(name, money("1500", "BRL"), "Entrou nesta etapa hoje", "Ainda sem responsável");
        assertThat(moveButton(cardOf(name)).getText()).isEqualTo("Mover para…");
        _click(moveButton(cardOf(name)));
        assertThat(board().moveDialog.getHeaderTitle()).isEqualTo("Mover “" + name + "” para…");
        assertThat(_find(board().moveDialog, Button.class, BoardViewIntegrationTests::isStage).stream().map(Button::getText).toList())
                .containsExactly("Open (onde está agora)", "Won", "Lost");
        assertThat(board().filters.text.getLabel()).isEqualTo("Buscar");
        assertThat(_find(Span.class, spec -> spec.withText("Nada aqui ainda: arraste um cartão para cá ou use o menu “Mover para…” de um cartão."))).hasSize(2);
    }

    // --- helpers

    /** A stage's button in the move dialog, not its Cancel. */
    private static void isStage(SearchSpecJ<Button> spec) {
        spec.withPredicate(button -> !List.of("Cancel", "Cancelar").contains(button.getText()));
    }

    private static NativeButton moveButton(DealCard card) {
        return _get(card, NativeButton.class, spec -> spec.withClasses("deal-card-move"));
    }

    /** Opens the card's "Move to…" menu and chooses the stage. */
    private static void moveWithMenu(DealCard card, String stage) {
        _click(moveButton(card));
        assertThat(board().moveDialog.isOpened()).isTrue();
        _click(_get(board().moveDialog, Button.class, spec -> spec.withText(stage)));
        assertThat(board().moveDialog.isOpened()).isFalse();
    }

    private record TestPipeline(long id, String name, JsonNode stages) {

        long stage(String stageName) {
            for (JsonNode stage : stages) {
                if (stage.get("name").asText().equals(stageName)) {
                    return stage.get("id").asLong();
                }
            }
            throw new AssertionError("no stage " + stageName);
        }
    }

    private TestPipeline pipeline() throws Exception {
        return pipeline("""
                {"name": "Open"}, {"name": "Won", "kind": "WON"}, {"name": "Lost", "kind": "LOST"}""");
    }

    private TestPipeline pipeline(String stages) throws Exception {
        String name = Unique.key("Board");
        var created = api().postJson("/api/v1/pipelines", "{\"name\": \"%s\", \"stages\": [%s]}".formatted(name, stages));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode pipeline = json.readTree(created.body());
        return new TestPipeline(pipeline.get("id").asLong(), name, pipeline.get("stages"));
    }

    /** A deal whose contact is named like its title; {@code more}: further members of the deal's JSON. */
    private long deal(long pipelineId, String name, String amount, String currency, String more) {
        String body = """
                {"contact": {"email": "%s", "name": "%s"}, "deal": {"title": "%s", "pipelineId": %d%s%s%s}}""".formatted(
                Unique.email(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")), name, name, pipelineId,
                amount == null ? "" : ", \"amount\": " + amount, currency == null ? "" : ", \"currency\": \"" + currency + "\"",
                more == null ? "" : ", " + more);
        var created = api().postJson("/api/v1/deals", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return json.readTree(created.body()).get("dealId").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void move(long dealId, long stageId) {
        assertThat(api().postJson("/api/v1/deals/" + dealId + "/move", "{\"stageId\": " + stageId + "}").statusCode()).isEqualTo(200);
    }

    private void openBoard() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("");
    }

    private void openBoard(String pipelineName) {
        openBoard();
        board().pipeline.setValue(board().pipeline.getListDataView().getItems().filter(p -> p.name().equals(pipelineName))
                .findFirst().orElseThrow());
    }

    private static BoardView board() {
        return _get(BoardView.class);
    }

    private static StageColumn column(String stage) {
        return _get(StageColumn.class, spec -> spec.withPredicate(column -> column.stage().name().equals(stage)));
    }

    private static List<DealCard> cards(String stage) {
        return column(stage).cards();
    }

    private static List<String> titles(StageColumn column) {
        return column.cards().stream().map(card -> card.card().title()).toList();
    }

    private static List<String> contacts(String stage) {
        return cards(stage).stream().map(card -> card.card().contactName()).toList();
    }

    private static String summary(String stage) {
        return _get(column(stage), Span.class, spec -> spec.withClasses("board-column-summary")).getText();
    }

    private static DealCard cardOf(String contactName) {
        List<DealCard> cards = _find(DealCard.class, spec -> spec.withPredicate(card -> card.card().contactName() != null
                && card.card().contactName().startsWith(contactName)));
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    /** The card's lines under its title: contact, value, source (if any), time in stage, rep. */
    private static List<String> lines(DealCard card) {
        return List.of(_get(card, Text.class).getText().split("\n"));
    }

    private static String money(String amount, String currency) {
        return DealValues.format(new BigDecimal(amount), currency, UI.getCurrent().getLocale(), "?");
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }
}
