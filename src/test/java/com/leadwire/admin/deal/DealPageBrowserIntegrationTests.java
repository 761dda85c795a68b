package com.leadwire.admin.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The deal page in headless Chromium, in English and Portuguese, with a note and a task on it: screenshots to look at. */
@OnH2
class DealPageBrowserIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Clock clock;

    private long dealWithNoteAndTask() {
        long dealId = new TestDeals(baseUrl()).newDeal(Unique.email("navegador"), "Marina Navegador");
        long admin = count("SELECT id FROM app_user WHERE username = 'admin'");
        var api = ApiClient.authenticated(baseUrl());
        assertThat(api.postJson("/api/v1/deals/" + dealId + "/notes", "{\"text\": \"Quer começar em março.\"}").statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/deals/" + dealId + "/tasks", """
                {"title": "Enviar proposta", "dueAt": "%s", "ownerUserId": %d}""".formatted(clock.instant().minus(Duration.ofHours(1)), admin))
                .statusCode()).isEqualTo(201);
        return dealId;
    }

    private void open(Page page, long dealId) {
        page.navigate(baseUrl() + "/");
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill("admin-test-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(baseUrl() + "/deals/" + dealId);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).waitFor();
    }

    @Test
    void theDealPageInEnglish() {
        long dealId = dealWithNoteAndTask();
        try (TestPlaywright browser = TestPlaywright.start("en-US")) {
            Page page = browser.page();
            open(page, dealId);

            page.getByText("Quer começar em março.").waitFor();
            assertThat(page.locator("body").innerText()).contains("Won", "Lost", "Responsible", "E-mail the contact", "Notes", "Tasks",
                    "Enviar proposta", "overdue", "Timeline");
            browser.screenshot("deal-page-en");
        }
    }

    @Test
    void theDealPageInPortuguese() {
        long dealId = dealWithNoteAndTask();
        try (TestPlaywright browser = TestPlaywright.start("pt-BR")) {
            Page page = browser.page();
            open(page, dealId);

            page.getByText("Quer começar em março.").waitFor();
            assertThat(page.locator("body").innerText()).contains("Ganho", "Perdido", "Responsável", "Anotações", "Tarefas", "atrasada");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Perdido").setExact(true)).click();
            page.getByText("Por que foi perdido?").first().waitFor();
            browser.screenshot("deal-page-lost-dialog-pt");
        }
    }
}
