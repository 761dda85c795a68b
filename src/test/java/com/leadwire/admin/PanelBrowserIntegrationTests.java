package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The panel in a real browser: the login form, the demo board with a new lead's card and its deal, in both languages,
 * and a lead's markup shown as text.
 */
@OnH2
class PanelBrowserIntegrationTests extends IntegrationTestSupport {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The login posts and the browser loads the panel: a page read while it is replaced is read again. */
    private static WebDriverWait patiently(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
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
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        WebElement card = browser.findElement(By.xpath("//div[contains(@class, 'deal-card')][contains(., '" + name + "')]"));
        // one line per fact: board.css is loaded (without it the lines would run together)
        assertThat(card.getText().split("\n")).startsWith(name + " – autocloud", name, "No value", "Source: Leads autocloud®",
                "In this stage since today", "No rep yet");

        // the panel's session is no API key
        browser.get(baseUrl() + "/api/v1/pipelines");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"status\":401").doesNotContain("SEM INTERESSE");
    }

    @Test
    void aCardTitleOpensTheDealInsideThePage() throws Exception {
        String name = "Aberto " + Unique.suffix();
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("open"), name, null));
        long dealId = new ObjectMapper().readTree(created.body()).get("dealId").asLong();
        browser = TestBrowser.start("en-US");
        logIn("admin-test-password");
        WebElement title = patiently(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class, 'deal-card')]/a[contains(., '" + name + "')]")));
        browser.executeScript("window.sameDocument = true");

        title.click();

        patiently(browser).until(ExpectedConditions.urlContains("/deals/" + dealId));
        patiently(browser).until(driver -> pageShows("Back to the board"));
        assertThat(pageShows(name + " – autocloud")).isTrue();
        // the router navigated inside the page, as a RouterLink does: no full reload
        assertThat(browser.executeScript("return window.sameDocument === true")).isEqualTo(true);
    }

    @Test
    void markupInALeadsNameIsShownAsTextOnTheBoardAndTheDealAndNeverRuns() throws Exception {
        String shown = "<b>Loja " + Unique.suffix() + "</b>";
        String name = "<img src=x onerror=window.leadwireInjected=1>" + shown;
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("markup"), name, null));
        long dealId = new ObjectMapper().readTree(created.body()).get("dealId").asLong();
        browser = TestBrowser.start("en-US");
        logIn("admin-test-password");

        patiently(browser).until(driver -> pageShows(name + " – autocloud"));
        assertThat(browser.findElements(By.cssSelector(".deal-card img, .deal-card b"))).isEmpty();
        browser.get(baseUrl() + "/deals/" + dealId);
        patiently(browser).until(driver -> pageShows("Back to the board"));

        String contactCard = browser.findElement(By.xpath("//h3[.='Contact']/..")).getText();
        assertThat(contactCard).contains(name);
        assertThat(browser.findElements(By.xpath("//img[@src='x'] | //b[contains(., '" + shown.substring(3, shown.length() - 4) + "')]")))
                .isEmpty();
        assertThat(browser.executeScript("return window.leadwireInjected === undefined")).isEqualTo(true);
    }

    @Test
    void aBrazilianBrowserGetsThePanelInPortugueseAndAWrongPasswordIsRefused() {
        browser = TestBrowser.start("pt-BR");

        logIn("wrong-password");

        patiently(browser).until(driver -> pageShows("Usuário ou senha incorretos"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(pageShows("Quadro")).isFalse();
    }

    @Test
    void anAdminWritesATemplateAndSeesItsPreviewInEnglishAndInPortuguese() throws Exception {
        for (String language : List.of("en-US", "pt-BR")) {
            browser = TestBrowser.start(language);
            logIn("admin-test-password");
            patiently(browser).until(driver -> !driver.getCurrentUrl().contains("/login"));
            browser.get(baseUrl() + "/templates");
            patiently(browser).until(driver -> pageShows("LEADS - NOVO ENVIO"));
            browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='LEADS - NOVO ENVIO']")).click();

            WebElement html = patiently(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area textarea")));
            html.sendKeys("<h2 style='color:#1676f3'>Novo lead: {{contact.name}}</h2><p>{{deal.products}}</p>");
            patiently(browser).until(driver -> String.valueOf(browser.findElement(By.tagName("iframe")).getAttribute("srcdoc"))
                    .contains("Novo lead: Maria Silva"));

            assertThat(browser.findElement(By.tagName("iframe")).getAttribute("sandbox")).isEmpty();
            assertThat(pageShows(language.equals("en-US") ? "Plain-text body" : "Corpo em texto simples")).isTrue();
            assertThat(pageShows("{{contact.name}}")).isTrue();
            // for a person to look at the layout; nothing reads it back
            Path screenshot = Path.of("target", "screenshots", "templates-" + language + ".png");
            Files.createDirectories(screenshot.getParent());
            Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
            browser = null;
        }
    }
}
