package com.leadwire.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * An admin imports a CSV of a few thousand rows in a real browser: logs in on the login page,
 * uploads the file, checks the columns, starts it, watches the bar move to 100 % and downloads
 * the rejected rows. Then a Brazilian admin sees the same steps in Portuguese.
 */
@OnH2
class ImportsBrowserIntegrationTests extends IntegrationTestSupport {

    private static final Logger log = LoggerFactory.getLogger(ImportsBrowserIntegrationTests.class);
    private static final int ROWS = 3000;
    /** Every 50th row has no valid e-mail. */
    private static final int BAD_EVERY = 50;

    private static void logIn(Page page, String baseUrl) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill("admin");
        page.locator("input[name='password']").fill("admin-test-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static Path csvFile(String suffix, int rows) throws IOException {
        String csv = "E-mail;Nome;Telefone;Valor;Observação\n" + IntStream.rangeClosed(1, rows)
                .mapToObj(i -> (i % BAD_EVERY == 0 ? "sem-arroba-" + i : "lote-" + suffix + "-" + i + "@example.com")
                        + ";Pessoa " + i + ";(11) 9" + String.format("%04d", i % 10_000) + "-0000;" + (i % 7) + "00,00;linha " + i)
                .collect(Collectors.joining("\n")) + "\n";
        Path file = Files.createTempDirectory("leadwire-browser-import").resolve("leads-" + suffix + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** What the select of a CSV column shows as chosen. */
    private static String chosen(Page page, String column) {
        Locator label = page.locator("label").getByText(column, new Locator.GetByTextOptions().setExact(true));
        return page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(label)).first()
                .locator("vaadin-select-value-button").innerText().strip();
    }

    private static double barValue(Page page) {
        return ((Number) page.locator("vaadin-progress-bar").evaluate("bar => bar.value")).doubleValue();
    }

    @Test
    void anAdminUploadsAFewThousandRowsWatchesTheProgressAndDownloadsTheRejectedRows() throws Exception {
        String suffix = Unique.suffix();
        Path file = csvFile(suffix, ROWS);
        try (TestPlaywright browser = TestPlaywright.start("en-US")) {
            Page page = browser.page();
            logIn(page, baseUrl());
            page.navigate(baseUrl() + "/imports");
            page.getByText("No imports yet").or(page.getByText("Past imports")).first().waitFor();
            browser.screenshot("imports-start");

            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            page.getByText("leads-" + suffix + ".csv: 3,000 rows to import").waitFor();
            browser.screenshot("imports-mapping");
            assertThat(chosen(page, "E-mail")).isEqualTo("E-mail");
            assertThat(chosen(page, "Telefone")).isEqualTo("Phone");
            assertThat(chosen(page, "Valor")).isEqualTo("Deal value");
            assertThat(chosen(page, "Observação")).isEqualTo("Don't import");

            page.getByText("Start the import").click();
            List<Double> seen = new ArrayList<>();
            page.locator("vaadin-progress-bar").waitFor();
            long deadline = System.nanoTime() + 120_000_000_000L;
            boolean midShot = false;
            while (System.nanoTime() < deadline && (seen.isEmpty() || seen.get(seen.size() - 1) < 1.0)) {
                double value = barValue(page);
                if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                    seen.add(value);
                    if (!midShot && value > 0 && value < 1) {
                        browser.screenshot("imports-running");
                        midShot = true;
                    }
                }
                page.waitForTimeout(100);
            }
            log.info("Progress bar values seen while {} rows were imported: {}", ROWS, seen);
            assertThat(seen).last().isEqualTo(1.0);
            assertThat(seen).as("the bar moved without a reload").hasSizeGreaterThan(1);
            int rejected = ROWS / BAD_EVERY;
            page.getByText("3,000 of 3,000 rows · " + String.format(Locale.ENGLISH, "%,d", ROWS - rejected) + " accepted · " + rejected + " rejected")
                    .waitFor();
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("leads-" + suffix + ".csv")).first().waitFor();
            browser.screenshot("imports-done");

            Download download = page.waitForDownload(() -> page.getByText("Download the rejected rows (CSV)").click());
            List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
            assertThat(download.suggestedFilename()).endsWith("-rejections.csv");
            assertThat(lines).hasSize(rejected + 1);
            assertThat(lines.get(0)).isEqualTo("\uFEFFrow,field,reason");
            assertThat(lines.get(1)).isEqualTo("51,email,not a valid e-mail address: 'sem-arroba-50'");
        }
    }

    @Test
    void aBrazilianAdminGetsTheImportStepsInPortuguese() throws Exception {
        String suffix = Unique.suffix();
        Path file = csvFile(suffix, 60);
        try (TestPlaywright browser = TestPlaywright.start("pt-BR")) {
            Page page = browser.page();
            logIn(page, baseUrl());
            page.navigate(baseUrl() + "/imports");
            page.getByText("Importar contatos e leads").waitFor();

            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            page.getByText("leads-" + suffix + ".csv: 60 linhas para importar").waitFor();
            browser.screenshot("imports-mapping-pt-BR");
            assertThat(chosen(page, "Valor")).isEqualTo("Valor do negócio");
            page.getByText("Iniciar a importação").scrollIntoViewIfNeeded();
            browser.screenshot("imports-options-pt-BR");
            page.getByText("Iniciar a importação").click();
            page.getByText("60 de 60 linhas · aceitas: 59 · recusadas: 1").waitFor();
            page.getByText("Baixar as linhas recusadas (CSV)").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE));
            browser.screenshot("imports-done-pt-BR");
        }
    }
}
