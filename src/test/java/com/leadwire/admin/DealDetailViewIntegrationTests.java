package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.StageView;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

@OnH2
class DealDetailViewIntegrationTests extends PanelTestSupport {

    private long newDeal(String name, String email) throws Exception {
        var response = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads", email, name, "{\"platform\": \"Feirão Digital\", \"type\": \"AVALIAÇÃO\"}"));
        assertThat(response.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("dealId").asLong();
    }

    private long newAutocloudLead() throws Exception {
        var response = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("mover"), "Loja " + Unique.suffix(), "{\"type\": \"LEAD\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("dealId").asLong();
    }

    private HttpResponse<String> moveThroughTheApi(long dealId, long stageId) {
        return ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals/" + dealId + "/move", "{\"stageId\": " + stageId + "}");
    }

    /** Chooses a stage in the Move select and presses Move. */
    private void moveInThePanel(String stageName) {
        DealDetailView view = _get(DealDetailView.class);
        StageView stage = view.moveTo.getListDataView().getItems().filter(item -> item.name().equals(stageName)).findFirst().orElseThrow();
        _setValue(view.moveTo, stage);
        _click(view.move);
    }

    private List<String> lines() {
        return _find(Div.class).stream().map(div -> div.getElement().getText().isEmpty()
                ? div.getChildren().map(child -> child.getElement().getText()).reduce("", String::concat)
                : div.getElement().getText()).toList();
    }

    @Test
    void aDealShowsItsContactStageFieldsHistoryAndAnEmptyConversation() throws Exception {
        String email = Unique.email("detalhe");
        String name = "<b>Loja</b> " + Unique.suffix();
        long dealId = newDeal(name, email);

        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);

        assertThat(_get(H2.class).getText()).isEqualTo(name + " – Feirão Digital");
        assertThat(lines()).contains(name, email, "Pipeline / stage: Feirão Digital / AVALIAÇÃO", "type: AVALIAÇÃO");
        assertThat(_get(Anchor.class, spec -> spec.withText(email)).getHref()).isEqualTo("mailto:" + email);
        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("Created in AVALIAÇÃO").contains("api:initial"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("No Telegram messages on this deal yet.");
    }

    @Test
    void anUnknownDealSaysSo() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/987654321");

        assertThat(_get(H2.class).getText()).isEqualTo("There is no deal 987654321.");
    }

    @Test
    void movingADealRefreshesItsStageAndHistory() throws Exception {
        long dealId = newAutocloudLead();
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);

        moveInThePanel("APRESENTAÇÃO");

        expectNotifications("Moved to APRESENTAÇÃO.");
        assertThat(lines()).contains("Pipeline / stage: autocloud / APRESENTAÇÃO");
        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("Moved from LEAD to APRESENTAÇÃO").contains("panel:admin")
                .endsWith("panel"));
        assertThat(jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.id = ?", String.class, dealId))
                .isEqualTo("APRESENTAÇÃO");
        DealDetailView view = _get(DealDetailView.class);
        assertThat(view.moveTo.getListDataView().getItems().filter(stage -> view.moveTo.getItemEnabledProvider().test(stage))
                .map(StageView::name)).as("every stage but the one it is in")
                .containsExactly("LEAD", "CREDENCIAMENTO", "AVALIAÇÃO", "CLIENTE", "SEM INTERESSE");
    }

    @Test
    void aMoveTheStagesRequirementsRefuseSaysWhyAsTheApiDoes() throws Exception {
        long dealId = newAutocloudLead();
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);
        long evaluation = _get(DealDetailView.class).moveTo.getListDataView().getItems()
                .filter(stage -> stage.name().equals("AVALIAÇÃO")).findFirst().orElseThrow().id();
        HttpResponse<String> refusedByTheApi = moveThroughTheApi(dealId, evaluation);

        moveInThePanel("AVALIAÇÃO");

        assertThat(refusedByTheApi.statusCode()).isEqualTo(409);
        assertThat(new ObjectMapper().readTree(refusedByTheApi.body()).get("detail").asText())
                .isEqualTo("AVALIAÇÃO can only be entered from CREDENCIAMENTO");
        expectNotifications("Not moved: AVALIAÇÃO can only be entered from CREDENCIAMENTO");
        assertThat(lines()).contains("Pipeline / stage: autocloud / LEAD");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deal_history WHERE deal_id = ?", Long.class, dealId)).isEqualTo(1);
    }

    @Test
    void aRefusedMoveSaysWhyInPortuguese() throws Exception {
        long dealId = newAutocloudLead();
        long accreditation = jdbc.queryForObject("SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id "
                + "WHERE p.name = 'autocloud' AND s.name = 'CREDENCIAMENTO'", Long.class);
        assertThat(moveThroughTheApi(dealId, accreditation).statusCode()).isEqualTo(200);
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("deals/" + dealId);

        moveInThePanel("AVALIAÇÃO");

        expectNotifications("Não movido: Um negócio só entra em AVALIAÇÃO depois de passar por APRESENTAÇÃO");
    }

    @Test
    void aMoveIntoAClosingStageIsAskedFirst() {
        long dealId = new TestDeals(baseUrl()).newDeal(Unique.email("fechar"), "Fechar");
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);

        moveInThePanel("Perdido");

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(_getText(confirm)).isEqualTo("This closes the deal as lost, without a reason: to record why, use Lost instead.");
        assertThat(stageOf(dealId)).as("nothing moves before the confirmation").isEqualTo("Espera");
        _fireConfirm(confirm);

        expectNotifications("Moved to Perdido.");
        assertThat(stageOf(dealId)).isEqualTo("Perdido");
    }

    private String stageOf(long dealId) {
        return jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.id = ?", String.class, dealId);
    }
}
