package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.Rules;
import com.leadwire.mail.MailLanguage;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

@OnH2
class TemplatesViewIntegrationTests extends PanelTestSupport {

    @Autowired
    MailTemplates templates;

    @Autowired
    Rules rules;

    private MailTemplateView aTemplate(String name) {
        return templates.create(new MailTemplateDraft(name, "en", "Hi {{contact.name}}", "<p>Hi</p>", "Hi", false));
    }

    private TemplatesView openedAsAdmin() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("templates");
        return _get(TemplatesView.class);
    }

    private static String srcdoc(TemplatesView view) {
        return view.editor.previewHtml.getElement().getAttribute("srcdoc");
    }

    @Test
    void theListShowsEveryTemplateAndSelectingOneOpensItInTheEditor() {
        MailTemplateView template = aTemplate(Unique.key("Listed"));

        TemplatesView view = openedAsAdmin();

        assertThat(view.grid.getListDataView().getItems()).contains(template);
        assertThat(view.empty.isVisible()).isFalse();
        view.grid.select(template);
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.editor.name.getValue()).isEqualTo(template.name());
        assertThat(view.editor.language.getValue()).isEqualTo(MailLanguage.EN);
        assertThat(view.editor.previewHtml.getElement().getAttribute("sandbox")).isEmpty();
    }

    @Test
    void thePreviewFollowsTheTypingAndTheSavedTemplateIsWhatWasTyped() {
        MailTemplateView template = aTemplate(Unique.key("Typed"));
        TemplatesView view = openedAsAdmin();
        view.grid.select(template);

        _setValue(view.editor.html, "<h1>Hi {{contact.name}} from {{deal.pipeline}}</h1>");
        assertThat(srcdoc(view)).isEqualTo("<h1>Hi Maria Silva from autocloud</h1>");
        _setValue(view.editor.subject, "About {{deal.title}}");
        assertThat(view.editor.previewSubject.getText()).isEqualTo("About autocloud: Maria Silva");

        _setValue(view.editor.html, "<h1>{{#deal}}</h1>");
        assertThat(view.editor.html.isInvalid()).isTrue();
        assertThat(view.editor.html.getErrorMessage()).startsWith("Not a valid template");
        assertThat(srcdoc(view)).isEqualTo("<h1>Hi Maria Silva from autocloud</h1>");

        _setValue(view.editor.html, "<h1>Hi {{contact.name}}</h1>");
        _click(view.save);

        assertThat(view.editor.html.isInvalid()).isFalse();
        assertThat(templates.find(template.id()).orElseThrow().html()).isEqualTo("<h1>Hi {{contact.name}}</h1>");
    }

    @Test
    void aNewTemplateInALanguageItAlreadyHasIsRefusedWithAMessage() {
        MailTemplateView existing = aTemplate(Unique.key("Twice"));
        TemplatesView view = openedAsAdmin();

        _click(view.create);
        _setValue(view.editor.name, existing.name());
        _setValue(view.editor.language, MailLanguage.EN);
        _setValue(view.editor.subject, "Again");
        _setValue(view.editor.text, "Again");
        _click(view.save);

        expectNotifications("This template already has a version in that language.");
    }

    @Test
    void deletingAsksFirstAndIsRefusedWhileARuleSendsTheTemplate() {
        MailTemplateView unused = aTemplate(Unique.key("Unused"));
        MailTemplateView used = aTemplate(Unique.key("Used"));
        String rule = Unique.key("Sends it");
        rules.create(TestRules.emailOnNewDealFrom(rule, Unique.key("no-such-source"), used.name(), "contact"), "test");
        TemplatesView view = openedAsAdmin();

        view.grid.select(unused);
        _click(view.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains(unused.name());
        assertThat(templates.find(unused.id())).isPresent();
        _fireConfirm(confirm);
        assertThat(templates.find(unused.id())).isEmpty();
        assertThat(view.grid.getListDataView().getItems()).doesNotContain(unused);

        view.grid.select(used);
        _click(view.delete);
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("This is the last version of a template that rules still send: " + rule + ". Change those rules first.");
        assertThat(templates.find(used.id())).isPresent();
    }

    @Test
    void withoutTemplatesTheViewSaysHowToWriteTheFirst() {
        MailTemplates none = mock(MailTemplates.class);
        when(none.all()).thenReturn(List.of());

        TemplatesView view = new TemplatesView(none);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("New template");
        assertThat(view.grid.isVisible()).isFalse();
    }
}
