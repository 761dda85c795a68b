package com.leadwire.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through /usr/bin/chromedriver (STACK.md trap 11), with a fresh profile. */
public final class TestBrowser {

    private TestBrowser() {
    }

    public static ChromeDriver start() {
        return start("en-US");
    }

    /** A browser whose user prefers this language (Accept-Language and navigator.language). */
    public static ChromeDriver start(String language) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            options.addArguments("--lang=" + language);
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("leadwire-chromium").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
