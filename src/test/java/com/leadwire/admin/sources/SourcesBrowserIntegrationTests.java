package com.leadwire.admin.sources;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestPage;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * An admin who has only the panel: logs in, creates a form source, copies its embed code with the
 * Copy button, and a visitor's submission on a customer's page becomes a card on the board.
 */
@OnH2
class SourcesBrowserIntegrationTests extends IntegrationTestSupport {

    private static final double PATIENCE_MS = 60_000;
    private static final LocatorAssertions.IsVisibleOptions VISIBLE_SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(PATIENCE_MS);

    @Test
    void aFormCreatedInThePanelAndEmbeddedInASiteBringsItsLeadToTheBoard() {
        String name = "Site form " + Unique.suffix();
        String visitor = "Visitante " + Unique.suffix();
        try (TestPlaywright browser = TestPlaywright.start("en-US")) {
            Page page = browser.page();
            page.setDefaultTimeout(PATIENCE_MS);
            browser.allowClipboard(baseUrl());
            page.navigate(baseUrl() + "/sources");
            page.locator("input[name='username']").fill("admin");
            page.locator("input[name='password']").fill("admin-test-password");
            page.locator("vaadin-button[slot='submit']").click();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New source")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Form").setExact(true)).click();
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            browser.screenshot("sources-new-form-named");
            choose(page, "Pipeline", "autocloud");
            choose(page, "Stage", "LEAD");
            page.getByLabel("Title template").fill("{{contact.name}} – site");
            assertThat(page.getByText("Preview: Ana Souza – site")).isVisible(VISIBLE_SOON);
            browser.screenshot("sources-new-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

            Locator embedCode = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Embed code"));
            assertThat(embedCode).hasValue(Pattern.compile("<script src=\".*/embed/site-form-.*\\.js\" async></script>"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy Embed code")).click();
            // the copy runs when the server's answer to the click arrives, with the "Copied" notice
            assertThat(page.getByText("Copied", new Page.GetByTextOptions().setExact(true))).isVisible(VISIBLE_SOON);
            page.waitForFunction("() => navigator.clipboard.readText().then(text => text.length > 0)");
            String snippet = (String) page.evaluate("() => navigator.clipboard.readText()");
            assertThat(snippet).isEqualTo(embedCode.inputValue());
            browser.screenshot("sources-form-saved");

            try (TestPage site = TestPage.serving("""
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
                    <body><h1>Talk to us</h1>%s</body></html>""".formatted(snippet))) {
                page.navigate(site.url());
                Locator form = page.locator("[data-leadwire-form] form");
                form.locator("[name='name']").fill(visitor);
                form.locator("[name='email']").fill(Unique.email("visitor"));
                form.locator("button[type='submit']").click();
                assertThat(page.locator(".leadwire-thanks")).isVisible(VISIBLE_SOON);
                browser.screenshot("sources-form-on-site");
            }

            page.navigate(baseUrl() + "/");
            try {
                assertThat(page.getByText(visitor + " – site")).isVisible(VISIBLE_SOON);
            } finally {
                browser.screenshot("sources-lead-on-board");
            }
        }
    }

    /** Opens a select by its label and picks the option with exactly this text. */
    private static void choose(Page page, String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.locator("label", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^" + label + "$"))))).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
