package com.leadwire.admin;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** The panel's texts in English and Brazilian Portuguese (bundles in i18n/panel*.properties). */
@Component
class PanelTranslations implements I18NProvider {

    static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    /** English is the base bundle: without this, a server whose own locale is Portuguese would answer English readers in it. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, PORTUGUESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale chosen = locale != null && "pt".equals(locale.getLanguage()) ? PORTUGUESE : Locale.ENGLISH;
        try {
            String text = ResourceBundle.getBundle("i18n.panel", chosen, NO_FALLBACK).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, chosen).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
