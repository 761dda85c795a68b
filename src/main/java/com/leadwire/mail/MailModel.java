package com.leadwire.mail;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template can say about a deal and its contact: the one shape rules render with, the
 * editor documents ({@link #VARIABLES}) and previews show ({@link #sample()}).
 */
/**
 * {@code deal} is null for a contact's own e-mail (no deal yet); {@code sequence} is set only for a
 * follow-up sequence's e-mail.
 */
public record MailModel(Contact contact, Deal deal, Map<String, String> fields, Sequence sequence) {

    public record Contact(String name, String email, String language) {
    }

    /** {@code responsible}: the responsible rep's name, if the deal has one. */
    public record Deal(long id, String title, String pipeline, String stage, BigDecimal amount, String currency, List<String> products,
                       String responsible) {

        public Deal {
            products = products == null ? List.of() : products;
        }
    }

    /** A follow-up sequence's e-mail: the sequence's name, the e-mail's step (1 to 3) and its discount percentage, if any. */
    public record Sequence(String name, int step, BigDecimal discount) {
    }

    /**
     * The variables every template can use; {@code fields.<name>} stands for any of the deal's fields,
     * {@code sequence.*} is empty outside a follow-up sequence.
     */
    public static final List<String> VARIABLES = List.of("contact.name", "contact.email", "contact.language", "deal.id", "deal.title",
            "deal.pipeline", "deal.stage", "deal.amount", "deal.currency", "deal.products", "deal.responsible", "fields.<name>",
            "sequence.name", "sequence.step", "sequence.discount");

    public MailModel {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(fields));
    }

    public MailModel(Contact contact, Deal deal, Map<String, String> fields) {
        this(contact, deal, fields, null);
    }

    public MailModel withSequence(Sequence followUp) {
        return new MailModel(contact, deal, fields, followUp);
    }

    /** A made-up deal of the demo's autocloud flow, for previews. */
    public static MailModel sample() {
        return new MailModel(new Contact("Maria Silva", "maria.silva@example.com", "pt-BR"),
                new Deal(42, "autocloud: Maria Silva", "autocloud", "LEAD", new BigDecimal("1490.00"), "BRL",
                        List.of("Loja virtual", "Treinamento"), "Ana Souza"),
                Map.of("responsible", "Ana Souza", "platform", "autocloud"), new Sequence("Carrinho abandonado", 1, BigDecimal.TEN));
    }

    Map<String, Object> asMustacheModel() {
        Map<String, Object> contactValues = new HashMap<>();
        contactValues.put("name", contact.name());
        contactValues.put("email", contact.email());
        contactValues.put("language", contact.language());
        Map<String, Object> sequenceValues = new HashMap<>();
        if (sequence != null) {
            sequenceValues.put("name", sequence.name());
            sequenceValues.put("step", sequence.step());
            sequenceValues.put("discount", sequence.discount() == null ? null : sequence.discount().toPlainString());
        }
        Map<String, Object> dealValues = new HashMap<>();
        if (deal == null) {
            // a contact's own rule (contact created): there is no deal to speak of
            return Map.of("contact", contactValues, "deal", dealValues, "fields", fields, "sequence", sequenceValues);
        }
        dealValues.put("id", deal.id());
        dealValues.put("title", deal.title());
        dealValues.put("pipeline", deal.pipeline());
        dealValues.put("stage", deal.stage());
        dealValues.put("amount", deal.amount());
        dealValues.put("currency", deal.currency());
        dealValues.put("products", String.join(", ", deal.products()));
        dealValues.put("responsible", deal.responsible());
        return Map.of("contact", contactValues, "deal", dealValues, "fields", fields, "sequence", sequenceValues);
    }
}
