package com.leadwire.admin.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;

/** The sending settings in a real browser, in both languages: turning the daily limit on and saving it. */
@OnH2
class SendingSettingsBrowserIntegrationTests extends IntegrationTestSupport {

    @Autowired
    SendingSettings settings;

    private ChromeDriver browser;
    private SendingSettingsDraft before;

    @BeforeEach
    void keepSettings() {
        before = settings.current().draft();
    }

    @AfterEach
    void closeBrowserAndRestore() {
        if (browser != null) {
            browser.quit();
        }
        settings.update(before, "test");
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

    /** The page is taller than the test browser's window: scrolled to first, as a person would. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        patiently().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    @Test
    void anAdminTurnsTheDailyLimitOnInEnglishAndInPortuguese() throws Exception {
        for (String language : List.of("en-US", "pt-BR")) {
            boolean english = language.equals("en-US");
            browser = TestBrowser.start(language);
            logIn();
            browser.get(baseUrl() + "/sending");
            patiently().until(driver -> pageShows(english ? "Sending hours and daily limit" : "Horário de envio e limite diário"));

            WebElement capOn = browser.findElement(By.xpath("//vaadin-checkbox[contains(., '" + (english ? "Limit automated marketing"
                    : "Limitar os e-mails") + "')]"));
            if (!"true".equals(capOn.getDomProperty("checked"))) {
                click(capOn);
            }
            click(browser.findElement(By.xpath("//vaadin-button[normalize-space()='" + (english ? "Save" : "Salvar") + "']")));
            patiently().until(driver -> pageShows(english ? "Sending settings saved" : "Configurações de envio salvas"));
            assertThat(settings.current().capOn()).isTrue();

            browser.executeScript("arguments[0].scrollIntoView();", browser.findElement(By.tagName("h2")));
            // for a person to look at the layout; nothing reads it back
            Path screenshot = Path.of("target", "screenshots", "sending-" + language + ".png");
            Files.createDirectories(screenshot.getParent());
            Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
            settings.update(before, "test");
            browser.quit();
            browser = null;
        }
    }
}
