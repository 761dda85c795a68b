package com.leadwire.telegram;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A bot conversation, as a TELEGRAM source's settings: the ordered questions, the message the
 * prospect gets at the end (Mustache over contact.* and deal.*), and who is told of the new deal
 * ({@code responsible}, {@code team} or {@code chat:<id>}; none = the responsible rep, else all
 * linked reps).
 */
record BotFlow(List<FlowStep> steps, String confirmation, @JsonProperty("notify") String notifyWhom) {

    BotFlow {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One question; {@code fills} is contact.name|email|phone, contact.&lt;field&gt;, deal.products or deal.&lt;field&gt;. */
    record FlowStep(String question, AnswerKind answer, List<String> options, String fills, String invalidAnswer,
                    String doneLabel) {

        FlowStep {
            options = options == null ? List.of() : List.copyOf(options);
        }

        FieldTarget target() {
            return FieldTarget.parse(fills);
        }

        String reAsk() {
            String hint = invalidAnswer != null && !invalidAnswer.isBlank() ? invalidAnswer : answer.defaultHint;
            return hint + "\n\n" + question;
        }

        String done() {
            return doneLabel == null || doneLabel.isBlank() ? "Done ✔" : doneLabel;
        }
    }

    enum AnswerKind {
        TEXT("Please answer with some text."),
        EMAIL("That does not look like an e-mail address."),
        PHONE("That does not look like a phone number."),
        CHOICE("Please pick one of the buttons."),
        MULTIPLE_CHOICE("Please pick at least one of the buttons, then press done.");

        final String defaultHint;

        AnswerKind(String defaultHint) {
            this.defaultHint = defaultHint;
        }

        boolean choices() {
            return this == CHOICE || this == MULTIPLE_CHOICE;
        }
    }

    /** Where an answer goes in the intake event. */
    record FieldTarget(Part part, String name) {

        enum Part { CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONTACT_FIELD, DEAL_PRODUCTS, DEAL_FIELD }

        static FieldTarget parse(String fills) {
            if (fills == null || !fills.matches("(contact|deal)\\.[A-Za-z][A-Za-z0-9_]{0,63}")) {
                return null;
            }
            String name = fills.substring(fills.indexOf('.') + 1);
            if (fills.startsWith("contact.")) {
                return switch (name) {
                    case "name" -> new FieldTarget(Part.CONTACT_NAME, name);
                    case "email" -> new FieldTarget(Part.CONTACT_EMAIL, name);
                    case "phone" -> new FieldTarget(Part.CONTACT_PHONE, name);
                    default -> new FieldTarget(Part.CONTACT_FIELD, name);
                };
            }
            return name.equals("products") ? new FieldTarget(Part.DEAL_PRODUCTS, name) : new FieldTarget(Part.DEAL_FIELD, name);
        }
    }
}
