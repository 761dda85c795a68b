package com.leadwire.admin.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestPlaywright;
import com.leadwire.testsupport.Unique;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The catalogue in a real browser, in Portuguese: the demo fields listed, a choice field written in the dialog. */
@OnH2
class FieldsBrowserIntegrationTests extends IntegrationTestSupport {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Autowired
    CustomFields fields;

    @Test
    void anAdminWritesAChoiceFieldWithItsOptionsInPortuguese() {
        String name = "canal_" + Unique.suffix();
        try (TestPlaywright browser = TestPlaywright.start("pt-BR")) {
            Page page = browser.page();
            page.navigate(baseUrl() + "/login");
            page.locator("input[name='username']").fill("admin");
            page.locator("input[name='password']").fill("admin-test-password");
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate(baseUrl() + "/fields");
            page.getByText("Campos do negócio").first().waitFor();
            assertThat(page.locator("vaadin-grid").first().textContent()).contains("Plataforma", "autocloud, Feirão Digital");
            browser.screenshot("fields-catalogue-pt");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Novo campo do negócio")).click();
            Locator dialog = page.locator("vaadin-dialog-overlay");
            dialog.getByLabel("Nome", EXACT).fill(name);
            dialog.locator("vaadin-select").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Escolha")).click();
            dialog.getByLabel("Opção 1", EXACT).fill("Indicação");
            dialog.getByText("Adicionar opção").click();
            dialog.getByLabel("Opção 2", EXACT).fill("Evento");
            dialog.getByLabel("Rótulo em inglês").fill("Channel");
            dialog.getByLabel("Rótulo em português").fill("Canal");
            browser.screenshot("fields-dialog-pt");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Salvar")).click();

            page.getByText("Campo Canal salvo.").waitFor();
            assertThat(page.locator("vaadin-grid").first().textContent()).contains("Canal", name, "Indicação, Evento");
            browser.screenshot("fields-saved-pt");
        }
        CustomField saved = fields.find(FieldScope.DEAL, name).orElseThrow();
        assertThat(saved.type()).isEqualTo(FieldType.CHOICE);
        assertThat(saved.options()).containsExactly("Indicação", "Evento");
    }
}
