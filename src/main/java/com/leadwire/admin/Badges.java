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

    /** Needs attention, short of an error; Lumo has no warning badge, so its warning colours are set here. */
    public static Span warning(String text) {
        Span badge = badge(text, "badge");
        badge.getStyle().set("color", "var(--lumo-warning-text-color, #7a5a00)")
                .set("background-color", "var(--lumo-warning-color-10pct, #fff3c4)");
        return badge;
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
