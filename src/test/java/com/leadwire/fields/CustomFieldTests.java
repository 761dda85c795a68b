package com.leadwire.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.InvalidInputException;

class CustomFieldTests {

    private static CustomField field(FieldType type, String... options) {
        return new CustomField(1, FieldScope.DEAL, "thing", type, List.of(options), "Thing", "Coisa", 0);
    }

    private static void refused(CustomField field, String value, String saying) {
        assertThatThrownBy(() -> field.normalised(value)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(saying)
                .satisfies(refusal -> assertThat(((InvalidInputException) refusal).field()).isEqualTo("thing"));
    }

    @Test
    void aChoiceTakesOnlyItsOptionsSpelledAsTheOptionIs() {
        CustomField type = field(FieldType.CHOICE, "LEAD", "AVALIAÇÃO");

        assertThat(type.normalised(" avaliação ")).isEqualTo("AVALIAÇÃO");
        assertThat(type.normalised("LEAD")).isEqualTo("LEAD");
        refused(type, "CLIENTE", "'CLIENTE' is not an option of thing: LEAD, AVALIAÇÃO");
    }

    @Test
    void aNumberParsesWithEitherDecimalSeparatorAndIsKeptInPlainForm() {
        CustomField amount = field(FieldType.NUMBER);

        assertThat(amount.normalised("1500")).isEqualTo("1500");
        assertThat(amount.normalised("1500.50")).isEqualTo("1500.50");
        assertThat(amount.normalised("1.500,50")).isEqualTo("1500.50");
        assertThat(amount.normalised("1,500.50")).isEqualTo("1500.50");
        assertThat(amount.normalised("2,5")).isEqualTo("2.5");
        assertThat(amount.normalised("-3")).isEqualTo("-3");
        refused(amount, "lots", "'lots' is not a number for thing");
        refused(amount, "1e9", "not a number");
        refused(amount, "12 reais", "not a number");
    }

    @Test
    void aDateIsIsoYearMonthDay() {
        CustomField birthday = field(FieldType.DATE);

        assertThat(birthday.normalised("2026-12-31")).isEqualTo("2026-12-31");
        refused(birthday, "31/12/2026", "write it as yyyy-MM-dd");
        refused(birthday, "2026-02-30", "not a date");
    }

    @Test
    void textIsStrippedAndABlankValueIsNoValueForEveryType() {
        assertThat(field(FieldType.TEXT).normalised("  Loja da Maria ")).isEqualTo("Loja da Maria");
        for (FieldType type : FieldType.values()) {
            assertThat(field(type, "x").normalised("  ")).as(type.name()).isEmpty();
            assertThat(field(type, "x").normalised(null)).as(type.name()).isEmpty();
        }
    }

    @Test
    void theLabelFollowsTheReadersLanguage() {
        CustomField field = field(FieldType.TEXT);

        assertThat(field.label(Locale.forLanguageTag("pt-BR"))).isEqualTo("Coisa");
        assertThat(field.label(Locale.ENGLISH)).isEqualTo("Thing");
        assertThat(field.label(null)).isEqualTo("Thing");
    }
}
