package com.leadwire.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
 * The dashboard in a real browser, reached through the login page and the menu: its charts are
 * SVG in the page, with bars, in English and in Portuguese. Screenshots: target/screenshots/dashboard-*.png.
 */
@OnH2
class DashboardBrowserIntegrationTests extends IntegrationTestSupport {

    /** A bar: a rectangle in the first series' colour (Lumo's primary). */
    private static final String BARS = "rect[style*='rgb(0,106,245)']";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theChartsOfTheDemoPipelineAreDrawnAsSvgWithBars() throws Exception {
        long won = 0;
        for (int i = 0; i < 3; i++) {
            var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                    ApiClient.dealJson("leads-autocloud", Unique.email("grafico"), "Gráfico " + i, null));
            assertThat(created.statusCode()).isEqualTo(201);
            won = new ObjectMapper().readTree(created.body()).get("dealId").asLong();
        }
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals/" + won + "/won", "{}").statusCode()).isEqualTo(200);
        for (var language : List.of(List.of("en-US", "Dashboard", "Deals per stage"),
                List.of("pt-BR", "Indicadores", "Negócios por etapa"))) {
            browser = TestBrowser.start(language.get(0));
            logIn();

            browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='" + language.get(1) + "']")).click();

            WebDriverWait wait = patiently(browser);
            wait.until(ExpectedConditions.urlContains("/dashboard"));
            wait.until(driver -> !driver.findElements(By.cssSelector("#chart-stage-deals svg " + BARS)).isEmpty());
            assertThat(browser.findElement(By.id("chart-stage-deals")).getText()).contains(language.get(2), "LEAD");
            assertThat(browser.findElements(By.cssSelector(".dashboard-chart svg"))).hasSizeGreaterThanOrEqualTo(4);
            for (String id : List.of("chart-stage-deals", "chart-stage-conversion", "chart-source-deals")) {
                WebElement chart = browser.findElement(By.cssSelector("#" + id + " svg"));
                assertThat(chart.getSize().getWidth()).as("%s fills its box", id).isGreaterThan(300);
                assertThat(chart.findElements(By.cssSelector(BARS))).as(id).isNotEmpty()
                        .anySatisfy(bar -> assertThat(bar.getSize().getHeight()).isPositive());
            }
            assertThat(browser.findElements(By.cssSelector("vaadin-grid"))).hasSize(2);
            screenshot("dashboard-" + language.get(0));
            browser.quit();
            browser = null;
        }
    }

    private void logIn() {
        browser.get(baseUrl() + "/");
        WebDriverWait wait = patiently(browser);
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("admin-test-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2200));
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriverWait patiently(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }
}
