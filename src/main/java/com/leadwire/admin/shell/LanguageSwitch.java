package com.leadwire.admin.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * English or Brazilian Portuguese for the rest of the session; the browser's language until one
 * is chosen. The page is reloaded so every text, the menu's too, is drawn again in the new language.
 */
public class LanguageSwitch extends Select<Locale> {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

    public LanguageSwitch() {
        setItems(List.of(ENGLISH, PORTUGUESE));
        setItemLabelGenerator(language -> language == null ? "" : PORTUGUESE.equals(language) ? "Português" : "English");
        setAriaLabel(getTranslation("ops.shell.language"));
        setTooltipText(getTranslation("ops.shell.language"));
        setPrefixComponent(VaadinIcon.GLOBE.create());
        setWidth("10em");
        setValue("pt".equals(UI.getCurrent().getLocale().getLanguage()) ? PORTUGUESE : ENGLISH);
        addValueChangeListener(changed -> {
            if (changed.isFromClient() && changed.getValue() != null) {
                ChosenLanguage.choose(VaadinSession.getCurrent(), changed.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
