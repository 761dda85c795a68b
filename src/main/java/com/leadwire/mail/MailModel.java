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
/** {@code deal} is null for a contact's own e-mail (no deal yet). */
public record MailModel(Contact contact, Deal deal, Map<String, String> fields) {

    public record Contact(String name, String email, String language) {
    }

    /** {@code responsible}: the responsible rep's name, if the deal has one. */
    public record Deal(long id, String title, String pipeline, String stage, BigDecimal amount, String currency, List<String> products,
                       String responsible) {

        public Deal {
            products = products == null ? List.of() : products;
        }
    }

    /** The variables every template can use; {@code fields.<name>} stands for any of the deal's fields. */
    public static final List<String> VARIABLES = List.of("contact.name", "contact.email", "contact.language", "deal.id", "deal.title",
            "deal.pipeline", "deal.stage", "deal.amount", "deal.currency", "deal.products", "deal.responsible", "fields.<name>");

    public MailModel {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(fields));
    }

    /** A made-up deal of the demo's autocloud flow, for previews. */
    public static MailModel sample() {
        return new MailModel(new Contact("Maria Silva", "maria.silva@example.com", "pt-BR"),
                new Deal(42, "autocloud: Maria Silva", "autocloud", "LEAD", new BigDecimal("1490.00"), "BRL",
                        List.of("Loja virtual", "Treinamento"), "Ana Souza"),
                Map.of("responsible", "Ana Souza", "platform", "autocloud"));
    }

    Map<String, Object> asMustacheModel() {
        Map<String, Object> contactValues = new HashMap<>();
        contactValues.put("name", contact.name());
        contactValues.put("email", contact.email());
        contactValues.put("language", contact.language());
        Map<String, Object> dealValues = new HashMap<>();
        if (deal == null) {
            // a contact's own rule (contact created): there is no deal to speak of
            return Map.of("contact", contactValues, "deal", dealValues, "fields", fields);
        }
        dealValues.put("id", deal.id());
        dealValues.put("title", deal.title());
        dealValues.put("pipeline", deal.pipeline());
        dealValues.put("stage", deal.stage());
        dealValues.put("amount", deal.amount());
        dealValues.put("currency", deal.currency());
        dealValues.put("products", String.join(", ", deal.products()));
        dealValues.put("responsible", deal.responsible());
        return Map.of("contact", contactValues, "deal", dealValues, "fields", fields);
    }
}
