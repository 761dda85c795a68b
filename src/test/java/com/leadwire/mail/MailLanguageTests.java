package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.InvalidInputException;

class MailLanguageTests {

    @Test
    void englishSpeakersGetEnglishAndEveryoneElseBrazilianPortuguese() {
        assertThat(MailLanguage.forContact("en")).isEqualTo(MailLanguage.EN);
        assertThat(MailLanguage.forContact("EN-us")).isEqualTo(MailLanguage.EN);
        assertThat(MailLanguage.forContact("pt")).isEqualTo(MailLanguage.PT_BR);
        assertThat(MailLanguage.forContact("es-AR")).isEqualTo(MailLanguage.PT_BR);
        assertThat(MailLanguage.forContact("eng")).isEqualTo(MailLanguage.PT_BR);
        assertThat(MailLanguage.forContact(null)).isEqualTo(MailLanguage.PT_BR);
    }

    @Test
    void aTemplateIsWrittenInOneOfTheTwoLanguages() {
        assertThat(MailLanguage.ofTag(" pt-br ")).isEqualTo(MailLanguage.PT_BR);
        assertThatThrownBy(() -> MailLanguage.ofTag("fr")).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.field()).isEqualTo("language"));
    }
}
