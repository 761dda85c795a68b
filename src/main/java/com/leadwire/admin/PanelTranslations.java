package com.leadwire.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The panel's texts in English and Brazilian Portuguese: the bundle i18n/panel*.properties and
 * one bundle per feature, i18n/panel-&lt;feature&gt;*.properties, looked up in that order.
 */
@Component
class PanelTranslations implements I18NProvider {

    static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    /** English is the base bundle: without this, a server whose own locale is Portuguese would answer English readers in it. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles = bundleNames();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, PORTUGUESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale chosen = locale != null && "pt".equals(locale.getLanguage()) ? PORTUGUESE : Locale.ENGLISH;
        for (String bundle : bundles) {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, chosen, NO_FALLBACK);
            if (texts.containsKey(key)) {
                String text = texts.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, chosen).format(params);
            }
        }
        return "!" + key;
    }

    private static List<String> bundleNames() {
        List<String> names = new ArrayList<>(List.of("i18n.panel"));
        try {
            Resource[] features = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/panel-*.properties");
            Arrays.stream(features).map(Resource::getFilename)
                    .filter(name -> name != null && !name.contains("_"))
                    .map(name -> "i18n." + name.substring(0, name.length() - ".properties".length()))
                    .sorted().distinct().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            names.forEach(name -> ResourceBundle.getBundle(name, Locale.ENGLISH, NO_FALLBACK));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("A panel text bundle is missing: " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }
}
