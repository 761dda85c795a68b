package com.leadwire.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContactRowTests {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void fillsOnlyEmptyFieldsAndSaysWhatChanged() {
        ContactRow row = new ContactRow(1);
        row.name = "Maria";
        ContactDetails offered = new ContactDetails("m@example.com", "Maria Souza", "+5511987654321", "BR", null,
                Map.of("origem", "feira"), null, 42L);

        var changes = row.fillEmptyFrom(offered, now);

        assertThat(row.name).isEqualTo("Maria");
        assertThat(row.phone).isEqualTo("+5511987654321");
        assertThat(row.customFields).containsEntry("origem", "feira");
        assertThat(changes).extracting(ContactRow.FieldChange::field)
                .containsExactly("phone", "country", "fields.origem", "telegramUserId");
        assertThat(row.updatedAt).isEqualTo(now);
    }

    @Test
    void consentIsKeptOnceGiven() {
        ContactRow row = new ContactRow(1);
        row.fillEmptyFrom(new ContactDetails("m@example.com", null, null, null, null, Map.of(),
                new ContactDetails.Consent("Aceito receber e-mails", now), null), now);

        var later = row.fillEmptyFrom(new ContactDetails("m@example.com", null, null, null, null, Map.of(),
                new ContactDetails.Consent("other text", now.plusSeconds(60)), null), now.plusSeconds(60));

        assertThat(row.consent).isTrue();
        assertThat(row.consentText).isEqualTo("Aceito receber e-mails");
        assertThat(later).isEmpty();
    }
}
