package com.leadwire.admin.board;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The board in a real browser: logging in through the login page, choosing a pipeline, finding columns and cards. */
final class BrowserBoard {

    static final double PATIENCE_MS = 60_000;

    private BrowserBoard() {
    }

    /** Logs in through the real login page, which then opens the board. */
    static Page logIn(Page page, String baseUrl, String username, String password) {
        page.setDefaultTimeout(PATIENCE_MS);
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator(".board-column").first().waitFor(visible());
        return page;
    }

    /** On a loaded machine the select can take a first click before it is ready, and stays closed: open it until its list shows. */
    static void choosePipeline(Page page, String pipelineName) {
        Locator select = page.locator(".board-filters vaadin-select").first();
        Locator item = page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(pipelineName));
        for (int attempt = 0; attempt < 5 && !item.isVisible(); attempt++) {
            select.click();
            try {
                item.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(3_000));
            } catch (TimeoutError closed) {
                page.keyboard().press("Escape");
            }
        }
        item.click();
    }

    static Locator column(Page page, String stage) {
        return page.locator("xpath=//div[contains(concat(' ', normalize-space(@class), ' '), ' board-column ')][h3[normalize-space() = '"
                + stage + "']]");
    }

    static Locator card(Page page, String text) {
        return page.locator(".deal-card", new Page.LocatorOptions().setHasText(text));
    }

    static String summary(Page page, String stage) {
        return column(page, stage).locator(".board-column-summary").innerText();
    }

    static Locator.WaitForOptions visible() {
        return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
    }
}
