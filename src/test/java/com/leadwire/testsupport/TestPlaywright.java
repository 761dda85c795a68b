package com.leadwire.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright, for what Selenium cannot do: native HTML5
 * drag and drop (STACK.md trap 11). Never downloads a browser. Close it to stop everything.
 */
public final class TestPlaywright implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    private final Page page;

    private TestPlaywright(String language) {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(FLAGS));
        context = browser.newContext(new Browser.NewContextOptions().setLocale(language).setViewportSize(1280, 900));
        page = context.newPage();
    }

    public static TestPlaywright start() {
        return start("en-US");
    }

    public static TestPlaywright start(String language) {
        return new TestPlaywright(language);
    }

    public Page page() {
        return page;
    }

    /** Lets pages of this origin read and write the clipboard, so a test can press a "Copy" button and paste what it copied. */
    public void allowClipboard(String origin) {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions().setOrigin(origin));
    }

    /** Saves a screenshot of the whole page under target/screenshots, to look at after the run. */
    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Override
    public void close() {
        context.close();
        browser.close();
        playwright.close();
    }
}
