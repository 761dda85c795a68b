package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import com.leadwire.telegram.TelegramProperties.Language;

class BotTextsTests {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final BotTexts texts = new BotTexts(properties(Language.PT_BR));

    @Test
    void anyPortugueseLanguageCodeIsBrazilianPortugueseAnyOtherEnglishAndNoneTheConfiguredLanguage() {
        assertThat(texts.forCode("pt-br")).isEqualTo(Language.PT_BR);
        assertThat(texts.forCode("pt")).isEqualTo(Language.PT_BR);
        assertThat(texts.forCode("PT-PT")).isEqualTo(Language.PT_BR);
        assertThat(texts.forCode("en")).isEqualTo(Language.EN);
        assertThat(texts.forCode("es")).isEqualTo(Language.EN);
        assertThat(texts.forCode(null)).isEqualTo(Language.PT_BR);
        assertThat(texts.forCode(" ")).isEqualTo(Language.PT_BR);
        assertThat(new BotTexts(properties(Language.EN)).forCode(null)).isEqualTo(Language.EN);
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryTextFormatsWithItsArgumentsAndApostrophes() {
        ResourceBundle english = ResourceBundle.getBundle("i18n.bot", Locale.ROOT);
        ResourceBundle portuguese = ResourceBundle.getBundle("i18n.bot", Language.PT_BR.locale());
        assertThat(portuguese.getLocale()).isEqualTo(Language.PT_BR.locale());
        assertThat(portuguese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        for (Language language : Language.values()) {
            for (String key : english.keySet()) {
                String pattern = ResourceBundle.getBundle("i18n.bot", language.locale(), NO_FALLBACK).getString(key);
                assertThat(pattern.replace("''", "")).as(language + " " + key + ": write an apostrophe as ''").doesNotContain("'");
                // {2} is a count where a text chooses its words by it (a stage requirement's "one of")
                String text = texts.get(language, key, "A", "B", 2, "D");
                assertThat(text).as(language + " " + key).doesNotContain("{").isNotBlank();
                assertThat(text.chars().filter(c -> c == '\'').count()).as(language + " " + key + " keeps its apostrophes")
                        .isEqualTo(pattern.split("''", -1).length - 1);
            }
        }
    }

    @Test
    void textsAreInTheAskedLanguageWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Language.PT_BR.locale());
            ResourceBundle.clearCache();
            assertThat(texts.get(Language.EN, "card.someoneElses")).isEqualTo("This deal is someone else's.");
            assertThat(texts.get(Language.PT_BR, "button.claim")).isEqualTo("🙋 Assumir");
            assertThat(texts.get(Language.PT_BR, "card.title.open", "1234", "Maria")).isEqualTo("🆕 Negócio #1234: Maria");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    private static TelegramProperties properties(Language language) {
        return new TelegramProperties("1:t", URI.create("https://api.telegram.org"), TelegramProperties.Mode.POLLING, null,
                "telegram-leads", "http://localhost:8080", null, Duration.ofMinutes(15), Duration.ofSeconds(50),
                Duration.ofSeconds(30), Duration.ofSeconds(1), 30, List.of("No interest"), language);
    }
}
