package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.InvalidInputException;

class DealTitlesTests {

    @Test
    void rendersTheSourceTemplate() {
        assertThat(DealTitles.title(null, "{{contact.name}} – {{fields.platform}}", "Maria", "m@example.com",
                Map.of("platform", "autocloud"), "Leads", List.of())).isEqualTo("Maria – autocloud");
    }

    @Test
    void fallsBackToTheEmailWithoutNameOrTemplate() {
        assertThat(DealTitles.title(null, null, null, "m@example.com", Map.of(), null, List.of())).isEqualTo("m@example.com");
        assertThat(DealTitles.title(null, "{{contact.name}}", null, "m@example.com", Map.of(), null, List.of()))
                .isEqualTo("m@example.com");
    }

    @Test
    void aRequestedTitleWins() {
        assertThat(DealTitles.title("  Loja Centro ", "{{contact.name}}", "Maria", "m@example.com", Map.of(), null, List.of()))
                .isEqualTo("Loja Centro");
    }

    @Test
    void aBrokenTemplateIsRefused() {
        assertThatThrownBy(() -> DealTitles.requireValid("{{#contact}} unclosed section")).isInstanceOf(InvalidInputException.class);
    }
}
