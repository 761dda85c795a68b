package com.leadwire.admin.contacts;

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
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * A merge with undo in headless Chromium: the contact page shows a duplicate with the same phone,
 * the preview lets the admin keep the other's name, the merge moves its e-mail and deal, and the
 * undo (asked again) brings the other contact back with its own e-mail and deal.
 */
@OnH2
class ContactMergeBrowserIntegrationTests extends IntegrationTestSupport {

    private static final double PATIENCE_MS = 60_000;

    private final ObjectMapper json = new ObjectMapper();
    private TestPlaywright browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminMergesADuplicateKeepingItsNameAndUndoesTheMerge() throws Exception {
        String tag = Unique.suffix();
        String digits = "%08d".formatted(Math.floorMod(tag.hashCode(), 100_000_000));
        String intoEmail = Unique.email("browser-into");
        String fromEmail = Unique.email("browser-from");
        String fromName = "Beatriz Navegador " + tag;
        long into = intake("{\"email\": \"" + intoEmail + "\", \"name\": \"Bia\", \"phone\": \"+55 11 9" + digits + "\"}").get("contactId").asLong();
        JsonNode fromIntake = intake("{\"email\": \"" + fromEmail + "\", \"name\": \"" + fromName + "\", \"phone\": \"(11) 9" + digits + "\"}");
        long from = fromIntake.get("contactId").asLong();
        browser = TestPlaywright.start("en-US");
        Page page = logIn();
        page.navigate(baseUrl() + "/contacts/" + into);

        page.getByText("same phone").waitFor(visible());
        button(page, "Merge into this contact…").click();
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(fromName)).click();
        browser.screenshot("contact-merge-preview");
        button(page, "Merge").last().click();

        page.locator("#contact-emails").getByText(fromEmail).waitFor(visible());
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(fromName).setExact(true)).waitFor(visible());
        JsonNode merged = contact(into);
        assertThat(merged.get("contact").get("name").asText()).isEqualTo(fromName);
        assertThat(merged.get("deals")).hasSize(2);
        browser.screenshot("contact-merged");

        button(page, "Undo merge").click();
        page.getByText("Undo this merge?").waitFor(visible());
        browser.screenshot("contact-merge-undo-asked");
        page.locator("vaadin-button[slot='confirm-button']").click();

        page.getByText("Merge undone: contact " + from + " is back.", new Page.GetByTextOptions().setExact(false)).waitFor(visible());
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bia").setExact(true)).waitFor(visible());
        browser.screenshot("contact-merge-undone");
        JsonNode restored = contact(from);
        assertThat(restored.get("contact").get("mergedInto").isNull()).isTrue();
        assertThat(restored.get("contact").get("emails")).extracting(JsonNode::asText).containsExactly(fromEmail);
        assertThat(restored.get("deals")).extracting(deal -> deal.get("id").asLong()).containsExactly(fromIntake.get("dealId").asLong());
        assertThat(contact(into).get("contact").get("emails")).extracting(JsonNode::asText).containsExactly(intoEmail);
    }

    private JsonNode intake(String contactJson) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", "{\"contact\": " + contactJson + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private JsonNode contact(long id) throws Exception {
        return json.readTree(ApiClient.authenticated(baseUrl()).get("/api/v1/contacts/" + id).body());
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
