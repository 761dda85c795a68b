package com.leadwire.admin.leads.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupTest;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.abtests.AbTestLab;
import com.leadwire.leads.abtests.AbTestLab.Place;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;
import com.leadwire.testsupport.Unique;

/** A group's A/B results in a real browser, in both languages (screenshots for people to look at). */
@OnH2
class LeadGroupResultsBrowserIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    MailTemplates templates;

    @Autowired
    Sequences sequences;

    @Autowired
    LeadGroups groups;

    @Autowired
    MovableClock clock;

    private AbTestLab lab;
    private ChromeDriver browser;

    @BeforeEach
    void lab() {
        lab = new AbTestLab(pipelines, sources, templates, sequences, groups, baseUrl());
    }

    @AfterEach
    void closeBrowserAndDeleteGroups() {
        if (browser != null) {
            browser.quit();
        }
        lab.deleteGroups();
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private boolean pageShows(String text) {
        return browser.findElement(By.tagName("body")).getText().contains(text);
    }

    private void logIn() {
        browser.get(baseUrl() + "/");
        patiently().until(ExpectedConditions.urlContains("/login"));
        patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("admin-test-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        patiently().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    @Test
    void anAdminReadsATestsResultsInEnglishAndInPortuguese() throws Exception {
        Place place = lab.place();
        long group = lab.group(place, new LeadGroupTest(clock.instant().plus(Duration.ofDays(14)), null, null, 200, true));
        for (int i = 0; i < 6; i++) {
            long deal = lab.lead(place, Unique.email("ab-navegador"), "149.90");
            if (i % 3 == 0) {
                lab.win(deal);
            }
        }
        for (String language : List.of("en-US", "pt-BR")) {
            boolean english = language.equals("en-US");
            browser = TestBrowser.start(language);
            logIn();
            browser.get(baseUrl() + "/lead-groups/" + group + "/results");
            patiently().until(driver -> pageShows(english ? "How to read this" : "Como ler isto"));
            patiently().until(driver -> pageShows(english ? "Not enough data yet" : "Ainda não há dados suficientes"));
            patiently().until(driver -> pageShows(english ? "Ends when 200 leads have entered the test." : "Termina quando 200 leads"));

            // for a person to look at the layout; nothing reads it back
            Path screenshot = Path.of("target", "screenshots", "ab-results-" + language + ".png");
            Files.createDirectories(screenshot.getParent());
            Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
            browser = null;
        }
    }
}
