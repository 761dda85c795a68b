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

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theChartsOfTheDemoPipelineAreDrawnAsSvgWithBars() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                    ApiClient.dealJson("leads-autocloud", Unique.email("grafico"), "Gráfico " + i, null)).statusCode()).isEqualTo(201);
        }
        for (var language : List.of(List.of("en-US", "Dashboard", "Deals per stage"),
                List.of("pt-BR", "Indicadores", "Negócios por etapa"))) {
            browser = TestBrowser.start(language.get(0));
            logIn();

            browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='" + language.get(1) + "']")).click();

            WebDriverWait wait = patiently(browser);
            wait.until(ExpectedConditions.urlContains("/dashboard"));
            wait.until(driver -> driver.findElements(By.cssSelector("#chart-stage-deals svg rect")).size() > 3);
            assertThat(browser.findElement(By.id("chart-stage-deals")).getText()).contains(language.get(2), "LEAD");
            List<WebElement> charts = browser.findElements(By.cssSelector(".dashboard-chart svg"));
            assertThat(charts).hasSizeGreaterThanOrEqualTo(4);
            for (WebElement chart : charts) {
                // the bars: rectangles in the series' colours, drawn with a height
                List<WebElement> bars = chart.findElements(By.cssSelector("rect[style*='rgb(0,106,245)'], rect[style*='rgb(21,132,67)']"));
                assertThat(bars).as(chart.getAttribute("id")).isNotEmpty();
                assertThat(bars.stream().anyMatch(bar -> bar.getSize().getHeight() > 0)).isTrue();
                assertThat(chart.getSize().getWidth()).as("the chart fills its box").isGreaterThan(300);
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
