package com.leadwire.telegram;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A bot conversation, as a TELEGRAM source's settings: the ordered questions, the message the
 * prospect gets at the end (Mustache over contact.* and deal.*), and who is told of the new deal
 * ({@code responsible}, {@code team} or {@code chat:<id>}; none = the responsible rep, else all
 * linked reps).
 */
public record BotFlow(List<FlowStep> steps, String confirmation, @JsonProperty("notify") String notifyWhom) {

    public BotFlow {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One question; {@code fills} is contact.name|email|phone, contact.&lt;field&gt;, deal.products or deal.&lt;field&gt;. */
    public record FlowStep(String question, AnswerKind answer, List<String> options, String fills, String invalidAnswer,
                    String doneLabel) {

        public FlowStep {
            options = options == null ? List.of() : List.copyOf(options);
        }

        @JsonIgnore
        FieldTarget target() {
            return FieldTarget.parse(fills);
        }

        /** The flow's own invalidAnswer text, else the bot's built-in hint for this kind of answer. */
        String reAsk(String builtInHint) {
            String hint = invalidAnswer != null && !invalidAnswer.isBlank() ? invalidAnswer : builtInHint;
            return hint + "\n\n" + question;
        }

        String done(String builtInLabel) {
            return doneLabel == null || doneLabel.isBlank() ? builtInLabel : doneLabel;
        }
    }

    /** Each kind's built-in re-ask hint is {@code hint.<KIND>} in the bot's texts. */
    public enum AnswerKind {
        TEXT, EMAIL, PHONE, CHOICE, MULTIPLE_CHOICE;

        public boolean choices() {
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
