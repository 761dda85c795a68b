package com.leadwire.admin;

import java.util.List;
import java.util.Map;

import com.leadwire.mail.MailLanguage;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.mail.MustacheSyntaxException;
import com.leadwire.mail.RenderedMail;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One template version's fields, beside a preview rendered with the sample deal as the admin
 * types, and the variables a template can use.
 */
class TemplateEditor extends HorizontalLayout {

    private static final int PREVIEW_DELAY_MS = 300;

    final TextField name = new TextField(getTranslation("templates.name"));
    final Select<MailLanguage> language = new Select<>();
    final TextField subject = new TextField(getTranslation("templates.subject"));
    final TextArea html = new TextArea(getTranslation("templates.html"));
    final TextArea text = new TextArea(getTranslation("templates.text"));
    final Checkbox transactional = new Checkbox(getTranslation("templates.transactional"));
    final Span previewSubject = new Span();
    final IFrame previewHtml = new IFrame();
    final Pre previewText = new Pre();

    private final FormLayout form = new FormLayout();
    private final MailTemplates templates;
    private final Map<String, HasValidation> fieldsByName = Map.of("name", name, "language", language, "subject", subject,
            "html", html, "text", text);

    TemplateEditor(MailTemplates templates) {
        this.templates = templates;
        setWidthFull();
        language.setLabel(getTranslation("templates.language"));
        language.setItems(MailLanguage.values());
        language.setItemLabelGenerator(choice -> getTranslation("templates.language." + choice.tag()));
        transactional.setTooltipText(getTranslation("templates.transactional.help"));
        html.setHelperText(getTranslation("templates.html.help"));
        List.<HasValueChangeMode>of(name, subject, html, text).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(PREVIEW_DELAY_MS);
        });
        html.setMinRows(8);
        text.setMinRows(6);
        subject.addValueChangeListener(change -> refreshPreview());
        html.addValueChangeListener(change -> refreshPreview());
        text.addValueChangeListener(change -> refreshPreview());

        form.add(name, language, subject, html, text, transactional);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        // an empty sandbox: the template's HTML may not run scripts, submit forms or reach the panel
        previewHtml.getElement().setAttribute("sandbox", "");
        previewHtml.setWidthFull();
        previewHtml.setHeight("320px");
        previewHtml.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        previewSubject.getStyle().set("font-weight", "600");
        previewText.getStyle().set("white-space", "pre-wrap");
        VerticalLayout preview = new VerticalLayout(new H4(getTranslation("templates.preview")),
                new Span(getTranslation("templates.preview.sample")), previewSubject, previewHtml, previewText);
        preview.setPadding(false);

        add(form, preview, new TemplateVariables());
        setFlexGrow(1, form, preview);
    }

    /** Buttons that act on the edited template, below its fields. */
    void addActions(Component... actions) {
        form.add(new HorizontalLayout(actions));
    }

    void edit(MailTemplateView template) {
        name.setValue(template.name());
        language.setValue(template.language());
        subject.setValue(template.subject());
        html.setValue(template.html());
        text.setValue(template.text());
        transactional.setValue(template.transactional());
        refreshPreview();
    }

    void editNew() {
        name.clear();
        language.setValue(MailLanguage.PT_BR);
        subject.clear();
        html.clear();
        text.clear();
        transactional.clear();
        refreshPreview();
    }

    MailTemplateDraft draft() {
        MailLanguage chosen = language.getValue() == null ? MailLanguage.PT_BR : language.getValue();
        return new MailTemplateDraft(name.getValue(), chosen.tag(), subject.getValue(), html.getValue(), text.getValue(),
                transactional.getValue());
    }

    private void refreshPreview() {
        clearProblems();
        try {
            RenderedMail rendered = templates.preview(draft());
            previewSubject.setText(rendered.subject());
            previewHtml.setSrcdoc(rendered.html());
            previewText.setText(rendered.text());
        } catch (MustacheSyntaxException invalid) {
            show(invalid);
        }
    }

    /** Shows a refused input on its field (the service names every field it refuses). */
    void show(InvalidInputException problem) {
        HasValidation field = fieldsByName.get(problem.field());
        field.setInvalid(true);
        field.setErrorMessage(problem instanceof MustacheSyntaxException mustache
                ? getTranslation("templates.error.mustache", mustache.mustacheError())
                : getTranslation("templates.error." + problem.field()));
    }

    void clearProblems() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }
}
