package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An admin writes a rule in the editor of a real browser, dry-runs it, saves it, and sees it fire
 * for a deal that arrives through the API: on the deal's timeline and in the contact's mailbox.
 * Then a Brazilian admin reads the same pages.
 */
@OnH2
class RuleEditorBrowserIntegrationTests extends IntegrationTestSupport {

    /** A template no demo rule sends for a new deal, so the e-mail can only come from the rule written here. */
    private static final String WELCOME = "autocloud - Seu período de 15 dias de avaliação começou";

    @Autowired
    Sources sources;

    @Autowired
    Pipelines pipelines;

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

    private void logIn(String language) {
        browser = TestBrowser.start(language);
        browser.get(baseUrl() + "/login");
        WebElement username = patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("admin-test-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        patiently().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void open(String path, String shows) {
        browser.get(baseUrl() + path);
        patiently().until(driver -> pageShows(shows));
    }

    private boolean pageShows(String text) {
        return browser.findElement(By.tagName("body")).getText().contains(text);
    }

    private WebElement labelled(String component, String label) {
        return patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//" + component + "[label[normalize-space()='" + label + "']]")));
    }

    private void type(WebElement field, String text) {
        WebElement input = field.findElement(By.tagName("input"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(text);
        input.sendKeys("\t");
    }

    private void choose(WebElement select, String item) {
        press(select);
        press(patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space()='" + item + "']"))));
        patiently().until(driver -> select.getText().contains(item) || String.valueOf(select.getAttribute("opened")).equals("null"));
    }

    private void click(String button) {
        press(patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space()='" + button + "']"))));
    }

    /** Clicks an element once the page (or the overlay) has scrolled it to the middle of the window. */
    private void press(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        patiently().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAdminWritesARuleDryRunsItSavesItAndSeesItFireForTheNextDeal() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        String rule = "Boas-vindas " + Unique.suffix();
        logIn("en-US");

        open("/rules/edit", "New rule");
        type(labelled("vaadin-text-field", "Name"), rule);
        click("Add condition");
        WebElement condition = patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-horizontal-layout[contains(@class, 'condition-row')]")));
        choose(condition.findElement(By.xpath("./vaadin-select[1]")), "Source");
        type(condition.findElement(By.xpath("./vaadin-text-field[2]")), source.key());
        choose(labelled("vaadin-select", "E-mail template"), WELCOME);
        press(browser.findElement(By.xpath("//vaadin-checkbox[label[normalize-space()='Contact']]")));

        choose(labelled("vaadin-select", "Source"), source.name() + " (" + source.key() + ")");
        click("Dry-run");
        patiently().until(driver -> pageShows("Would fire"));
        assertThat(pageShows(rule)).isTrue();
        assertThat(pageShows("✓ Source equals " + source.key() + " — actual: " + source.name() + " (" + source.key() + ")")).isTrue();
        assertThat(pageShows("e-mail '" + WELCOME + "' to maria.silva@example.com")).isTrue();
        screenshot("rule-editor-en-US");

        click("Save rule");
        patiently().until(driver -> driver.getCurrentUrl().endsWith("/rules"));
        patiently().until(driver -> pageShows(rule));
        assertThat(pageShows("Automation is on")).isTrue();
        screenshot("rules-en-US");

        String email = Unique.email("navegador");
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), email, "Bia Campos");
        List<MimeMessage> welcome = await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.receivedBy(email).stream()
                .filter(message -> WELCOME.equals(subject(message))).toList(), messages -> !messages.isEmpty());
        assertThat(welcome).hasSize(1);

        open("/deals/" + dealId, "Timeline");
        assertThat(browser.findElement(By.xpath("//*[contains(@class, 'timeline-firing')][contains(., '" + rule + "')]")).getText())
                .contains("Rule \"" + rule + "\" (Deal created)").contains("fired");
        assertThat(pageShows("→ Send an e-mail: e-mail '" + WELCOME + "' to " + email)).isTrue();
        click("Check the rules");
        patiently().until(driver -> pageShows("Would fire"));
        screenshot("deal-timeline-en-US");
        browser.quit();

        logIn("pt-BR");
        open("/rules", "Regras de automação");
        assertThat(pageShows("Automação ligada")).isTrue();
        screenshot("rules-pt-BR");
        open("/rules/edit", "Nova regra");
        assertThat(pageShows("Todas estas")).isTrue();
        assertThat(pageShows("Qualquer uma destas")).isTrue();
        screenshot("rule-editor-pt-BR");
        open("/deals/" + dealId, "Linha do tempo");
        assertThat(browser.findElement(By.xpath("//*[contains(@class, 'timeline-firing')][contains(., '" + rule + "')]")).getText())
                .contains("Regra \"" + rule + "\" (Negócio criado)").contains("disparou");
        screenshot("deal-timeline-pt-BR");
    }
}
