package com.leadwire.admin.board;

import static com.leadwire.admin.board.BrowserBoard.card;
import static com.leadwire.admin.board.BrowserBoard.choosePipeline;
import static com.leadwire.admin.board.BrowserBoard.column;
import static com.leadwire.admin.board.BrowserBoard.summary;
import static com.leadwire.admin.board.BrowserBoard.visible;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The board in headless Chromium, dragged with the browser's native drag events (Playwright's
 * {@code dragTo}): the move lands in the API with the logged-in user in the deal's history, and a
 * move the stage refuses says why and leaves the card where it was.
 */
@OnH2
class BoardDragBrowserIntegrationTests extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();
    private TestPlaywright browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCardDraggedToAnotherColumnMovesTheDealAsTheLoggedInUser() throws Exception {
        String name = "Arrastado " + Unique.suffix();
        long dealId = createDeal("{\"source\": \"leads-autocloud\", \"contact\": {\"email\": \"%s\", \"name\": \"%s\"}, \"deal\": {}}"
                .formatted(Unique.email("drag"), name));
        browser = TestPlaywright.start("en-US");
        Page page = logIn();
        Locator card = card(page, name);
        card.waitFor(visible());
        String countBefore = summary(page, "APRESENTAÇÃO");
        browser.screenshot("board-before-drag");

        card.dragTo(column(page, "APRESENTAÇÃO"));

        column(page, "APRESENTAÇÃO").locator(".deal-card", new Locator.LocatorOptions().setHasText(name)).waitFor(visible());
        assertThat(column(page, "LEAD").locator(".deal-card", new Locator.LocatorOptions().setHasText(name)).count()).isZero();
        page.getByText("“" + name + " – autocloud” moved to APRESENTAÇÃO.").waitFor(visible());
        assertThat(summary(page, "APRESENTAÇÃO")).isNotEqualTo(countBefore);
        browser.screenshot("board-after-drag");

        JsonNode deal = json.readTree(ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + dealId).body());
        assertThat(deal.get("deal").get("stageName").asText()).isEqualTo("APRESENTAÇÃO");
        JsonNode history = deal.get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("toStageName").asText()).isEqualTo("APRESENTAÇÃO");
        assertThat(last.get("actor").asText()).isEqualTo("panel:admin");
        JsonNode timeline = json.readTree(ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + dealId + "/timeline").body());
        assertThat(timeline.findValuesAsText("summary")).contains("Moved from LEAD to APRESENTAÇÃO by panel:admin");
    }

    @Test
    void aDragTheStageRefusesSaysWhyInPortugueseAndTheCardStays() throws Exception {
        String pipelineName = Unique.key("Arrastar");
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Novo"}, {"name": "Qualificado", "requirements": {"fields": ["platform"]}},
                 {"name": "Ganho", "kind": "WON"}, {"name": "Perdido", "kind": "LOST"}]}""".formatted(pipelineName));
        assertThat(created.statusCode()).isEqualTo(201);
        long pipelineId = json.readTree(created.body()).get("id").asLong();
        String name = "Recusado " + Unique.suffix();
        long dealId = createDeal("{\"contact\": {\"email\": \"%s\", \"name\": \"%s\"}, \"deal\": {\"title\": \"%s\", \"pipelineId\": %d, \"amount\": 990, \"currency\": \"BRL\"}}"
                .formatted(Unique.email("refused"), name, name, pipelineId));
        browser = TestPlaywright.start("pt-BR");
        Page page = logIn();
        choosePipeline(page, pipelineName);
        Locator card = card(page, name);
        card.waitFor(visible());

        card.dragTo(column(page, "Qualificado"));

        page.getByText("Não movido: Qualificado exige o campo 'platform'").waitFor(visible());
        browser.screenshot("board-refused-drag-pt");
        assertThat(column(page, "Novo").locator(".deal-card", new Locator.LocatorOptions().setHasText(name)).count()).isEqualTo(1);
        assertThat(summary(page, "Qualificado")).isEqualTo("Nenhum negócio");
        JsonNode deal = json.readTree(ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + dealId).body());
        assertThat(deal.get("deal").get("stageName").asText()).isEqualTo("Novo");
    }

    private long createDeal(String body) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("dealId").asLong();
    }

    private Page logIn() {
        return BrowserBoard.logIn(browser.page(), baseUrl(), "admin", "admin-test-password");
    }
}
