package com.leadwire.admin;

import com.vaadin.flow.component.html.Span;

/** Lumo's small coloured labels ("Broken", "Would fire"). */
public final class Badges {

    private Badges() {
    }

    public static Span error(String text) {
        return badge(text, "badge error");
    }

    public static Span success(String text) {
        return badge(text, "badge success");
    }

    public static Span neutral(String text) {
        return badge(text, "badge contrast");
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
