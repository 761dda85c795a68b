package com.leadwire.admin.leads.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestLeads;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * The lead list in headless Chromium, as a sales person uses it: one group's leads from the
 * group's link, narrowed by typing a name in the column's filter, and a lead unsubscribed from its
 * follow-ups after the confirmation, its follow-up stopped at once.
 */
@OnH2
class LeadListBrowserIntegrationTests extends IntegrationTestSupport {

    private static final double PATIENCE_MS = 60_000;

    @Autowired
    MovableClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private TestPlaywright browser;
    private TestLeads leads;

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.close();
        }
        if (leads != null) {
            leads.deleteAll();
        }
    }

    @Test
    void aSalesPersonFiltersTheListAndUnsubscribesALeadFromItsFollowUps() throws Exception {
        String tag = Unique.suffix();
        leads = new TestLeads(jdbc);
        long group = leads.group("Carrinho abandonado " + tag, clock.instant());
        long followUp = lead(group, "Ana Beatriz " + tag, "curso-java", true);
        lead(group, "Bruno Costa " + tag, "ebook-vendas", false);
        lead(group, "Carla Dias " + tag, "mentoria", false);

        browser = TestPlaywright.start("en-US");
        Page page = logIn();
        page.navigate(baseUrl() + "/leads?group=" + group);
        page.getByText("3 leads", new Page.GetByTextOptions().setExact(true)).waitFor(visible());
        page.getByText("Carla Dias " + tag).waitFor(visible());
        browser.screenshot("lead-list-group");

        Locator nameFilter = page.locator("vaadin-text-field[placeholder='Filter'] input").first();
        nameFilter.fill("ana beatriz");
        nameFilter.press("Enter");
        page.getByText("1 lead", new Page.GetByTextOptions().setExact(true)).waitFor(visible());
        page.getByText("Bruno Costa " + tag).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        browser.screenshot("lead-list-filtered");

        button(page, "Unsubscribe from follow-ups").click();
        page.getByText("Unsubscribe Ana Beatriz " + tag + " from follow-ups?").waitFor(visible());
        browser.screenshot("lead-list-unsubscribe-asked");
        page.locator("vaadin-button[slot='confirm-button']").click();

        page.getByText("Ana Beatriz " + tag + " is unsubscribed: their follow-ups have stopped.").waitFor(visible());
        page.getByText("Stopped: unsubscribed").waitFor(visible());
        browser.screenshot("lead-list-unsubscribed");
        assertThat(jdbc.queryForMap("SELECT status, stop_reason FROM follow_up WHERE id = ?", followUp))
                .containsEntry("status", "STOPPED").containsEntry("stop_reason", "UNSUBSCRIBED");
    }

    @Test
    void aBrazilianSalesPersonReadsTheListInPortuguese() throws Exception {
        String tag = Unique.suffix();
        leads = new TestLeads(jdbc);
        long group = leads.group("Pedidos não concluídos " + tag, clock.instant());
        lead(group, "João Pereira " + tag, "curso-java", true);

        browser = TestPlaywright.start("pt-BR");
        Page page = logIn();
        page.navigate(baseUrl() + "/leads?group=" + group);
        page.getByText("1 lead", new Page.GetByTextOptions().setExact(true)).waitFor(visible());
        page.getByText("Nome do cliente").waitFor(visible());
        page.locator("span[theme='badge success']").getByText("Ativo").waitFor();
        button(page, "Descadastrar dos follow-ups").waitFor(visible());
        button(page, "Baixar CSV").waitFor(visible());
        browser.screenshot("lead-list-pt-BR");
    }

    /** A lead of the group with a deal made through the API; answers its follow-up's id (or 0 without one). */
    private long lead(long group, String name, String product, boolean followedUp) throws Exception {
        String email = Unique.email("navegador-leads");
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", ApiClient.dealJson(null, email, name, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        long contact = body.get("contactId").asLong();
        long deal = body.get("dealId").asLong();
        Instant now = clock.instant();
        Long followUp = null;
        if (followedUp) {
            followUp = leads.followUp(contact, deal, "ACTIVE", null, now);
            leads.email(followUp, 1, "SENT", now.plus(Duration.ofMinutes(5)));
        }
        leads.member(group, contact, deal, followUp, now, name, email, product, "BR");
        return followUp == null ? 0 : followUp;
    }

    private Page logIn() {
        Page page = browser.page();
        page.setDefaultTimeout(PATIENCE_MS);
        page.navigate(baseUrl() + "/login");
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill("admin-test-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static Locator.WaitForOptions visible() {
        return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
    }
}
