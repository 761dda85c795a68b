package com.leadwire.admin;

import com.leadwire.mail.MailModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The Mustache variables a template can use, as rules fill them. */
class TemplateVariables extends VerticalLayout {

    TemplateVariables() {
        setPadding(false);
        setSpacing(false);
        setWidth("18em");
        add(new H4(getTranslation("templates.variables")));
        for (String variable : MailModel.VARIABLES) {
            Span code = new Span("{{" + variable + "}}");
            code.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-size", "var(--lumo-font-size-s)");
            Span meaning = new Span(getTranslation("templates.variable." + variable.replace(".<name>", "")));
            meaning.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div entry = new Div(code, new Div(meaning));
            entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            add(entry);
        }
        add(new Paragraph(getTranslation("templates.variables.escaping")));
    }
}
