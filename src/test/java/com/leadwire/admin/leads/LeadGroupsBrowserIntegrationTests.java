package com.leadwire.admin.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestBrowser;
import com.leadwire.testsupport.Unique;

/**
 * The lead groups in a real browser: an admin reaches them through the menu, adds an A/B-tested
 * group in the two-step wizard and finds it in the list with its send times, then opens its leads;
 * a Brazilian admin reads the list and the wizard. Screenshots: target/screenshots/lead-groups-*.png.
 */
@OnH2
class LeadGroupsBrowserIntegrationTests extends IntegrationTestSupport {

    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    @Autowired
    Sequences sequences;

    @Autowired
    LeadGroups groups;

    private ChromeDriver browser;
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void closeBrowserAndDeleteGroups() {
        if (browser != null) {
            browser.quit();
        }
        groups.all().stream().filter(group -> created.contains(group.name())).forEach(group -> groups.delete(group.id(), "test"));
    }

    private SequenceView sequence(String name, SequenceEmail... emails) {
        return sequences.create(new SequenceDraft(name + " " + Unique.suffix(), List.of(emails), null), "test");
    }

    @Test
    void anAdminAddsAnABTestedGroupInTheWizardAndFindsItInTheList() throws Exception {
        SequenceView offerA = sequence("Oferta A", new SequenceEmail(TEMPLATE, "PT1H", new BigDecimal("10")),
                new SequenceEmail(TEMPLATE, "P1D", null), new SequenceEmail(TEMPLATE, "P3D", new BigDecimal("15")));
        SequenceView offerB = sequence("Oferta B", new SequenceEmail(TEMPLATE, "PT2H", new BigDecimal("20")));
        String name = "Curso de inglês " + Unique.suffix();
        created.add(name);
        logIn("en-US");

        press(browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Lead groups']")));
        patiently().until(ExpectedConditions.urlContains("/lead-groups"));
        patiently().until(driver -> pageShows("Unfinished orders"));
        press(button("Add lead group"));
        patiently().until(driver -> pageShows("Step 1 of 2: who is in the group"));
        press(browser.findElement(By.xpath("//vaadin-radio-button[label[normalize-space()='Inactive']]")));
        type(labelled("vaadin-text-field", "Campaign name"), name);
        type(labelled("vaadin-text-area", "Description (optional)"), "Leads from the English course landing page");
        screenshot("lead-groups-wizard-step1-en-US");
        press(button("Next: follow-up e-mails"));

        patiently().until(driver -> pageShows("Step 2 of 2: the follow-up e-mails"));
        choose(sequenceSelects().get(0), offerA.name());
        patiently().until(driver -> pageShows("1 h, 1 day, 3 days · discount: 10%, –, 15%"));
        press(button("Add test follow-up"));
        patiently().until(driver -> sequenceSelects().size() == 2);
        choose(sequenceSelects().get(1), offerB.name());
        type(labelled("vaadin-big-decimal-field", "Target conversion (%)"), "5");
        press(browser.findElement(By.xpath("//vaadin-checkbox[label[normalize-space()='Keep the best performing offer when the test ends']]")));
        screenshot("lead-groups-wizard-step2-en-US");
        press(button("Save"));

        patiently().until(driver -> pageShows("Lead group \"" + name + "\" saved"));
        screenshot("lead-groups-en-US");
        LeadGroupView saved = groups.all().stream().filter(group -> group.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.sequenceIds()).containsExactly(offerA.id(), offerB.id());
        assertThat(saved.test().keepBest()).isTrue();
        List<String> cells = browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
        assertThat(cells).anySatisfy(cell -> assertThat(cell).contains(name, "A/B test"))
                .anySatisfy(cell -> assertThat(cell).contains("A: 1 h, 1 day, 3 days", "B: 2 h"))
                .anySatisfy(cell -> assertThat(cell).contains("A: 10%, –, 15%", "B: 20%"));

        press(browser.findElement(By.xpath("//a[@href='leads?group=" + saved.id() + "']")));
        patiently().until(ExpectedConditions.urlContains("/leads?group=" + saved.id()));
    }

    @Test
    void aBrazilianAdminReadsTheGroupsAndTheWizardInPortuguese() throws Exception {
        logIn("pt-BR");

        press(browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Grupos de leads']")));
        patiently().until(driver -> pageShows("Pedidos não finalizados"));
        assertThat(pageShows("Checkouts abandonados")).isTrue();
        assertThat(pageShows("A ordem desta lista decide")).isTrue();
        screenshot("lead-groups-pt-BR");

        press(button("Adicionar grupo de leads"));
        patiently().until(driver -> pageShows("Passo 1 de 2: quem está no grupo"));
        assertThat(pageShows("Substituir descontos anteriores pelo desconto do grupo")).isTrue();
        screenshot("lead-groups-wizard-step1-pt-BR");
        press(button("Próximo: e-mails de follow-up"));
        press(button("Adicionar follow-up de teste"));
        patiently().until(driver -> pageShows("Quando o teste termina?"));
        assertThat(pageShows("Conjunto B")).isTrue();
        screenshot("lead-groups-wizard-step2-pt-BR");
        press(button("Cancelar"));
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private void logIn(String language) {
        browser = TestBrowser.start(language);
        browser.get(baseUrl() + "/login");
        patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("admin-test-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    private boolean pageShows(String text) {
        return browser.findElement(By.tagName("body")).getText().contains(text);
    }

    private WebElement button(String text) {
        return patiently().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[normalize-space()='" + text + "']")));
    }

    private WebElement labelled(String component, String label) {
        return patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//" + component + "[label[normalize-space()='" + label + "']]")));
    }

    private List<WebElement> sequenceSelects() {
        return browser.findElements(By.xpath("//vaadin-select[label[normalize-space()='Follow-up sequence']]"));
    }

    private void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(text, "\t");
    }

    private void choose(WebElement select, String item) {
        press(select);
        press(patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space()='" + item + "']"))));
        patiently().until(driver -> select.getText().contains(item));
    }

    /** Clicks an element once it is scrolled to the middle of the window (or of the dialog). */
    private void press(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        patiently().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** The whole page, dialog included: a tall window. */
    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, 1500));
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }
}
