package com.leadwire.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;
import com.leadwire.testsupport.TestPage;
import com.leadwire.testsupport.Unique;

/** A real browser on a customer's page (another origin) embeds the script, fills the form and sends it. */
@OnH2
class EmbedScriptBrowserIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Sources sources;

    @Autowired
    Pipelines pipelines;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = TestBrowser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String placementOfDealOf(String email) {
        return jdbc.queryForObject("""
                SELECT CONCAT(p.name, '/', s.name) FROM deal d JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = d.pipeline_id
                JOIN contact_email e ON e.contact_id = d.contact_id WHERE e.email = ?""", String.class, email);
    }

    @Test
    void theEmbeddedLeadFormSendsALeadThatLandsInFeiraoEvaluation() {
        String email = Unique.email("browser");
        try (TestPage site = TestPage.serving("""
                <!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>Loja</title></head>
                <body><h1>Fale conosco</h1><div id="lead-form"></div>
                <script src="%s/embed/leads.js" async data-target="lead-form"></script></body></html>
                """.formatted(baseUrl()))) {
            browser.get(site.url());

            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lead-form [data-leadwire-form=leads] form")));
            assertThat(browser.findElement(By.cssSelector("#lead-form .leadwire-title")).getText()).isEqualTo("Cadastro de lead");
            form.findElement(By.name("nome")).sendKeys("Loja do Navegador");
            form.findElement(By.name("email")).sendKeys(email);
            form.findElement(By.name("telefone")).sendKeys("11 98765-4321");
            new Select(form.findElement(By.name("plataforma"))).selectByVisibleText("Feirão Digital");
            new Select(form.findElement(By.name("tipo"))).selectByVisibleText("AVALIAÇÃO");
            new Select(form.findElement(By.name("responsavel"))).selectByVisibleText("Bruno Lima");
            form.findElement(By.name("produtos")).sendKeys("Vitrine, Frete");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lead-form .leadwire-thanks")));
            assertThat(thanks.getText()).isEqualTo("Obrigado! Lead cadastrado.");
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(placementOfDealOf(email)).isEqualTo("Feirão Digital/AVALIAÇÃO"));
        assertThat(jdbc.queryForObject("SELECT u.display_name FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id "
                + "JOIN app_user u ON u.id = d.responsible_user_id WHERE e.email = ?", String.class, email)).isEqualTo("Bruno Lima");
    }

    @Test
    void aPopupOpensAfterOneSecondShowsTheProblemDetailAndThenTheThankYou() {
        String name = "Offer <img src=x onerror=\"window.injected=1\">";
        String email = Unique.email("popup-browser");
        String key;
        try (TestPage site = TestPage.start()) {
            key = FormTestSources.create(sources, pipelines, SourceKind.POPUP, name, """
                    {"fields": [{"name": "email", "label": "Your e-mail", "type": "email", "required": true}],
                     "thankYouText": "Thanks, talk soon!",
                     "allowedOrigins": ["%s"],
                     "consent": {"required": true, "field": "agree", "text": "I agree to be contacted <b>by e-mail</b>"},
                     "popup": {"trigger": "delay", "seconds": 1}}""".formatted(site.origin()));
            site.show("""
                    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Shop</title>
                    <script src="%s/embed/%s.js" async></script></head><body><h1>Welcome</h1></body></html>
                    """.formatted(baseUrl(), key));
            long loaded = System.nanoTime();
            browser.get(site.url());

            WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leadwire-popup")));
            assertThat(Duration.ofNanos(System.nanoTime() - loaded)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(popup.findElement(By.cssSelector(".leadwire-title")).getText()).isEqualTo(name);
            assertThat(popup.findElements(By.tagName("img"))).isEmpty();
            assertThat(popup.findElement(By.cssSelector("label[for$='-consent']")).getText())
                    .isEqualTo("I agree to be contacted <b>by e-mail</b>");
            assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);

            popup.findElement(By.name("email")).sendKeys("ana@localhost");
            popup.findElement(By.name("agree")).click();
            popup.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leadwire-popup .leadwire-error")));
            assertThat(error.getText()).contains("e-mail");

            WebElement field = popup.findElement(By.name("email"));
            field.clear();
            field.sendKeys(email);
            popup.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leadwire-popup .leadwire-thanks")));
            assertThat(thanks.getText()).isEqualTo("Thanks, talk soon!");
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(count("SELECT COUNT(*) FROM inbound_event i JOIN contact_email e ON e.contact_id = i.contact_id "
                        + "WHERE e.email = ? AND i.channel = 'POPUP' AND i.source_key = ?", email, key)).isOne());
        assertThat(jdbc.queryForObject("SELECT c.consent_text FROM contact c JOIN contact_email e ON e.contact_id = c.id "
                + "WHERE e.email = ?", String.class, email)).isEqualTo("I agree to be contacted <b>by e-mail</b>");
    }

    @Test
    void scrollAndExitIntentPopupsOpenOnlyWhenThatHappens() {
        try (TestPage site = TestPage.start()) {
            String onScroll = FormTestSources.create(sources, pipelines, SourceKind.POPUP, "Scroll offer", """
                    {"title": "Half way there", "popup": {"trigger": "scroll", "scrollPercent": 50}}""");
            site.show("""
                    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Blog</title></head>
                    <body><div style="height: 5000px">Long article</div><script src="%s/embed/%s.js" async></script></body></html>
                    """.formatted(baseUrl(), onScroll));
            browser.get(site.url());
            // an async script holds back the load event, so at 'complete' its listeners are in place
            wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript("return document.readyState === 'complete'")));
            assertThat(browser.findElements(By.cssSelector(".leadwire-popup"))).as("not before the scroll").isEmpty();
            browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leadwire-popup .leadwire-title")))
                    .getText()).isEqualTo("Half way there");

            String onExit = FormTestSources.create(sources, pipelines, SourceKind.POPUP, "Leaving already?", """
                    {"popup": {"trigger": "exit-intent"}}""");
            site.show("""
                    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Shop</title>
                    <script src="%s/embed/%s.js" async></script></head><body><h1>Shop</h1></body></html>
                    """.formatted(baseUrl(), onExit));
            browser.get(site.url());
            wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript("return document.readyState === 'complete'")));
            assertThat(browser.findElements(By.cssSelector(".leadwire-popup"))).as("not before the pointer leaves").isEmpty();
            browser.executeScript("document.dispatchEvent(new MouseEvent('mouseout', {clientY: 0, relatedTarget: null}))");
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leadwire-popup .leadwire-title")))
                    .getText()).isEqualTo("Leaving already?");
        }
    }
}
