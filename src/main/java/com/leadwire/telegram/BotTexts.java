package com.leadwire.telegram;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.leadwire.telegram.TelegramProperties.Language;

/**
 * The bot's own texts (i18n/bot*.properties), in the language of the Telegram user who sent the
 * update ({@code language_code}: pt* is Brazilian Portuguese, anything else English), or in
 * {@code leadwire.telegram.language} when there is no update to go by (cards queued for a rep).
 * Every text is a {@link MessageFormat} pattern (so an apostrophe is written ''); pass numbers as strings.
 */
@Component
class BotTexts {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language fallback;

    BotTexts(TelegramProperties properties) {
        this.fallback = properties.language();
    }

    /** The language to answer an update in. */
    Language of(Incoming in) {
        return forCode(in.languageCode());
    }

    Language forCode(String languageCode) {
        if (languageCode == null || languageCode.isBlank()) {
            return fallback;
        }
        return languageCode.toLowerCase(Locale.ROOT).startsWith("pt") ? Language.PT_BR : Language.EN;
    }

    /** For messages no update asked for. */
    Language configured() {
        return fallback;
    }

    String get(Language language, String key, Object... arguments) {
        Locale locale = language.locale();
        // no fallback to the JVM's locale: an English answer must not turn Portuguese on a Brazilian server
        String text = ResourceBundle.getBundle("i18n.bot", locale, NO_FALLBACK).getString(key);
        return new MessageFormat(text, locale).format(arguments);
    }

    String get(Incoming in, String key, Object... arguments) {
        return get(of(in), key, arguments);
    }
}
