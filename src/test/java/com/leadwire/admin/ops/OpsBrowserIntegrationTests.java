package com.leadwire.admin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;
import com.leadwire.testsupport.Unique;

/**
 * The shell and the operations views in a real browser: log in, reach the content with the keyboard,
 * switch to Portuguese, open the inbound events and read a masked payload; an unknown address.
 */
@OnH2
class OpsBrowserIntegrationTests extends IntegrationTestSupport {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** False while the page is being replaced (a reload after the language switch). */
    private boolean pageShows(String text) {
        try {
            return browser.findElement(By.tagName("body")).getText().contains(text);
        } catch (StaleElementReferenceException reloading) {
            return false;
        }
    }

    private void screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    private Object activeElement(String property) {
        return browser.executeScript("let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) "
                + "{ e = e.shadowRoot.activeElement; } return e ? e." + property + " : null;");
    }

    private void logIn() {
        browser.get(baseUrl() + "/");
        WebElement username = patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("admin-test-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        patiently().until(driver -> !driver.getCurrentUrl().contains("/login") && pageShows("Inbound events"));
    }

    @Test
    void anAdminSkipsToTheContentSwitchesToPortugueseAndReadsAMaskedEvent() throws Exception {
        String secret = "pk_" + Unique.suffix() + "_secret";
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", ApiClient.dealJson(null, Unique.email("browser-events"),
                "Navegador Eventos", "{\"webhook_secret\": \"" + secret + "\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        String contactId = new ObjectMapper().readTree(created.body()).get("contactId").asText();
        browser = TestBrowser.start("en-US");
        logIn();

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        patiently().until(driver -> "Skip to content".equals(activeElement("textContent.trim()")));
        screenshot("shell-skip-link");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        patiently().until(driver -> String.valueOf(activeElement("className")).contains("panel-content"));

        browser.findElement(By.tagName("vaadin-select")).click();
        patiently().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'Português')]"))).click();
        patiently().until(driver -> pageShows("Eventos recebidos") && pageShows("Quadro"));

        browser.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Eventos recebidos')]")).click();
        patiently().until(ExpectedConditions.urlContains("/events"));
        patiently().until(driver -> pageShows("Cada evento que o Leadwire aceitou"));
        patiently().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='" + contactId + "']"))).click();
        patiently().until(driver -> pageShows("\"webhook_secret\" : \"••••••\""));
        assertThat(pageShows(secret)).isFalse();
        assertThat(pageShows("Novo contato e negócio")).isTrue();
        screenshot("events-pt-BR");

        browser.get(baseUrl() + "/health");
        patiently().until(driver -> pageShows("Saúde dos canais") && pageShows("Fila da caixa de saída"));
        screenshot("health-pt-BR");
        browser.get(baseUrl() + "/outbox");
        patiently().until(driver -> pageShows("Na fila desde") || pageShows("Ainda não há mensagens"));
        screenshot("outbox-pt-BR");
    }

    @Test
    void anUnknownAddressShowsThePanelsNotFoundPageInEnglish() throws Exception {
        browser = TestBrowser.start("en-US");
        logIn();

        browser.get(baseUrl() + "/no-such-page");

        patiently().until(driver -> pageShows("Page not found"));
        assertThat(pageShows("There is no page at \"no-such-page\"")).isTrue();
        assertThat(pageShows("Inbound events")).isTrue();
        screenshot("not-found-en");
    }
}
