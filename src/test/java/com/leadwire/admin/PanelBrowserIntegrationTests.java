package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;
import com.leadwire.testsupport.Unique;

/** The panel in a real browser: the login form, then the demo board with a new lead's card, in both languages. */
@OnH2
class PanelBrowserIntegrationTests extends IntegrationTestSupport {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriverWait patiently(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private void logIn(String password) {
        browser.get(baseUrl() + "/");
        WebDriverWait wait = patiently(browser);
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private boolean pageShows(String text) {
        return browser.findElement(By.tagName("body")).getText().contains(text);
    }

    @Test
    void anAdminLogsInAndSeesTheNewLeadOnTheDemoBoard() {
        String name = "Navegador " + Unique.suffix();
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("browser"), name, null)).statusCode()).isEqualTo(201);
        browser = TestBrowser.start("en-US");

        logIn("admin-test-password");

        patiently(browser).until(driver -> pageShows(name));
        assertThat(pageShows("SEM INTERESSE")).isTrue();
        assertThat(pageShows("Created today")).isTrue();
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void aBrazilianBrowserGetsThePanelInPortugueseAndAWrongPasswordIsRefused() {
        browser = TestBrowser.start("pt-BR");

        logIn("wrong-password");

        patiently(browser).until(driver -> pageShows("Usuário ou senha incorretos"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(pageShows("Quadro")).isFalse();
    }
}
