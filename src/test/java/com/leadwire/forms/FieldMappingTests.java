package com.leadwire.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.InvalidInputException;

class FieldMappingTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private final FormSettingsReader settings = new FormSettingsReader(new ObjectMapper());

    private static FormSubmission submission(Map<String, List<String>> values) {
        return new FormSubmission(values);
    }

    @Test
    void mappedFieldsGoToTheirTargetsAndProductsSplitOnCommas() {
        FormSettings form = settings.read("""
                {"mapping": {"nome": "contact.name", "correio": "contact.email", "plataforma": "deal.fields.platform",
                             "produtos": "deal.products", "empresa": "contact.fields.company", "rep": "deal.responsible"}}""");

        FieldMapping.Mapped mapped = FieldMapping.map(submission(Map.of("nome", List.of(" Ana "), "correio", List.of("ana@example.com"),
                "plataforma", List.of("autocloud"), "produtos", List.of("A, B", "C"), "empresa", List.of("ACME"),
                "rep", List.of("ana"))), form, CLOCK);

        assertThat(mapped.contact().name()).isEqualTo("Ana");
        assertThat(mapped.contact().email()).isEqualTo("ana@example.com");
        assertThat(mapped.contact().customFields()).isEqualTo(Map.of("company", "ACME"));
        assertThat(mapped.deal().fields()).isEqualTo(Map.of("platform", "autocloud"));
        assertThat(mapped.deal().products()).containsExactly("A", "B", "C");
        assertThat(mapped.deal().responsible()).isEqualTo("ana");
    }

    @Test
    void unmappedFieldsGoToTheTargetOfTheirNameOrBecomeDealFieldsAndControlFieldsAreLeftOut() {
        FieldMapping.Mapped mapped = FieldMapping.map(submission(Map.of("Email", List.of("a@example.com"), "value", List.of("1.234,50"),
                "currency", List.of("brl"), "tipo", List.of("LEAD"), "submissionId", List.of("s-1"), "website", List.of(""),
                "vazio", List.of(" "))), FormSettings.defaults(), CLOCK);

        assertThat(mapped.contact().email()).isEqualTo("a@example.com");
        assertThat(mapped.deal().amount()).isEqualByComparingTo("1234.50");
        assertThat(mapped.deal().currency()).isEqualTo("BRL");
        assertThat(mapped.deal().fields()).isEqualTo(Map.of("tipo", "LEAD"));
    }

    @Test
    void amountsInEitherNotationAndBadOnesRefused() {
        for (var example : Map.of("1500", "1500", "1500.5", "1500.5", "1500,5", "1500.5", "1,500.25", "1500.25").entrySet()) {
            assertThat(FieldMapping.map(submission(Map.of("amount", List.of(example.getKey()))), FormSettings.defaults(), CLOCK)
                    .deal().amount()).as(example.getKey()).isEqualByComparingTo(example.getValue());
        }
        assertThatThrownBy(() -> FieldMapping.map(submission(Map.of("amount", List.of("muito"))), FormSettings.defaults(), CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("number");
    }

    @Test
    void requiredFieldsOptionsAndConsentAreTheFormsRules() {
        FormSettings form = settings.read("""
                {"fields": [{"name": "tipo", "type": "select", "required": true, "options": ["LEAD", "AVALIAÇÃO"]}],
                 "consent": {"required": true, "field": "aceite", "text": "Aceito"}}""");

        assertThatThrownBy(() -> FieldMapping.map(submission(Map.of("aceite", List.of("on"))), form, CLOCK))
                .hasMessageContaining("required");
        assertThatThrownBy(() -> FieldMapping.map(submission(Map.of("tipo", List.of("OUTRO"), "aceite", List.of("on"))), form, CLOCK))
                .hasMessageContaining("one of LEAD, AVALIAÇÃO");
        assertThatThrownBy(() -> FieldMapping.map(submission(Map.of("tipo", List.of("LEAD"), "aceite", List.of("off"))), form, CLOCK))
                .hasMessageContaining("consent");
        FieldMapping.Mapped given = FieldMapping.map(submission(Map.of("tipo", List.of("LEAD"), "aceite", List.of("on"))), form, CLOCK);
        assertThat(given.contact().consent()).isEqualTo(new com.leadwire.contacts.ContactDetails.Consent("Aceito", CLOCK.instant()));
        assertThat(given.deal().fields()).isEqualTo(Map.of("tipo", "LEAD"));
    }

    @Test
    void settingsAreReadStrictly() {
        for (String broken : List.of("{\"colour\": 1}", "[1]", "{\"fields\": [{\"name\": \"a b\"}]}",
                "{\"fields\": [{\"name\": \"s\", \"type\": \"select\"}]}", "{\"fields\": [{\"name\": \"x\", \"type\": \"radio\"}]}",
                "{\"mapping\": {\"x\": \"deal.stage\"}}", "{\"allowedOrigins\": [\"https://a.example/path\"]}",
                "{\"thankYouUrl\": \"javascript:alert(1)\"}", "{\"consent\": {\"required\": true}}",
                "{\"rateLimitPerMinute\": 0}", "{\"popup\": {\"trigger\": \"hover\"}}", "{not json")) {
            assertThatThrownBy(() -> settings.read(broken)).as(broken).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("form settings:");
        }
        FormSettings popup = settings.read("{\"popup\": {\"trigger\": \"exit-intent\"}, \"allowedOrigins\": [\"https://a.example:8443\"]}");
        assertThat(popup.popup().trigger()).isEqualTo(FormSettings.PopupTrigger.EXIT_INTENT);
        assertThat(popup.allowsOrigin("https://A.example:8443")).isTrue();
        assertThat(popup.allowsOrigin("https://a.example")).isFalse();
        assertThat(FormSettings.defaults().allowsOrigin("https://any.example")).isTrue();
    }
}
