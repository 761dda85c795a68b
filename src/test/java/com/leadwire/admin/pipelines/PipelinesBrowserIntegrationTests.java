package com.leadwire.admin.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pipelines view in headless Chromium: an admin logs in through the login page, creates a
 * pipeline, adds stages and drags one into another place (the browser's native drag and drop),
 * and the API then lists the stages in the new order.
 */
@OnH2
class PipelinesBrowserIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Pipelines pipelines;

    private TestPlaywright browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page loggedIn(String language) {
        browser = TestPlaywright.start(language);
        Page page = browser.page();
        // the first page of a fresh app takes long on a busy machine
        page.setDefaultTimeout(90_000);
        page.navigate(baseUrl() + "/");
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill("admin-test-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(baseUrl() + "/pipelines");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).waitFor();
        return page;
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    private void addStage(Page page, String name) {
        button(page, "Add stage").click();
        page.getByLabel("Stage", new Page.GetByLabelOptions().setExact(true)).fill(name);
        button(page, "Save").click();
        cell(page, name).waitFor();
    }

    private List<String> stageNamesFromTheApi(String pipelineName) throws Exception {
        long id = pipelines.findByName(pipelineName).orElseThrow().id();
        var response = ApiClient.authenticated(baseUrl()).get("/api/v1/pipelines/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode stage : new ObjectMapper().readTree(response.body()).get("stages")) {
            names.add(stage.get("name").asText());
        }
        return names;
    }

    @Test
    void anAdminCreatesAPipelineAddsStagesAndDragsOneIntoPlace() throws Exception {
        String name = Unique.key("Eventos");
        Page page = loggedIn("en-US");

        button(page, "New pipeline").click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("First stage").fill("Entrada");
        page.getByLabel("Also add the stages \"Won\" and \"Lost\"").uncheck();
        button(page, "Save").click();
        cell(page, "Entrada").waitFor();
        for (String stage : List.of("Primeiro", "Segundo", "Terceiro")) {
            addStage(page, stage);
        }
        assertThat(stageNamesFromTheApi(name)).containsExactly("Entrada", "Primeiro", "Segundo", "Terceiro");
        browser.screenshot("pipelines-before-drag");

        // dropped on the upper half of a row, a row goes above it
        cell(page, "Terceiro").dragTo(cell(page, "Primeiro"), new Locator.DragToOptions().setTargetPosition(5, 2));

        page.getByText("New order saved").waitFor();
        assertThat(stageNamesFromTheApi(name)).containsExactly("Entrada", "Terceiro", "Primeiro", "Segundo");
        assertThat(page.locator("vaadin-grid-cell-content").allInnerTexts()).containsSubsequence("Entrada", "Terceiro", "Primeiro",
                "Segundo");
        browser.screenshot("pipelines-after-drag");

        button(page, "Edit Segundo").click();
        page.getByText("Entry requirements (optional)", new Page.GetByTextOptions().setExact(false)).waitFor();
        browser.screenshot("pipelines-stage-dialog");
    }

    @Test
    void aBrazilianAdminSeesTheViewInPortuguese() {
        Page page = loggedIn("pt-BR");

        page.getByText("Funis de vendas").waitFor();
        assertThat(button(page, "Novo funil").isVisible()).isTrue();
        assertThat(page.getByText("Pagamento aprovado").first().isVisible()).isTrue();
        browser.screenshot("pipelines-pt-BR");
    }
}
