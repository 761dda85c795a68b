package com.leadwire.automation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.leadwire.shared.InvalidInputException;

/**
 * What a rule does, in order. Parameters by type:
 * <ul>
 * <li>{@code MOVE_TO_STAGE}: {@code stageId} (a stage of the deal's pipeline);</li>
 * <li>{@code ASSIGN}: {@code repId}, or {@code roundRobin: true} over the active reps;</li>
 * <li>{@code SEND_EMAIL}: {@code template} (by name), {@code to} and {@code bcc}: "contact", "responsible",
 * "team" (the active reps and the team address) or an address;</li>
 * <li>{@code NOTIFY_TELEGRAM}: {@code to}: "responsible", "linked" (every linked rep), "default" (the
 * source's choice, else the responsible rep, else every linked rep) or "chat:&lt;id&gt;" (a group chat);</li>
 * <li>{@code CALL_WEBHOOK}: {@code webhookId} (a webhook subscription);</li>
 * <li>{@code SET_FIELD}: {@code field} (a deal field's name) and {@code value};</li>
 * <li>{@code START_SEQUENCE}: {@code sequenceId} (a follow-up sequence), for the deal's contact;</li>
 * <li>{@code STOP_SEQUENCE}: optionally {@code sequenceId}; without it every active sequence of the deal's contact.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleAction(Type type, Long stageId, Long repId, Boolean roundRobin, String template, List<String> to,
                         List<String> bcc, Long webhookId, String field, String value, Long sequenceId) {

    public enum Type {
        MOVE_TO_STAGE, ASSIGN, SEND_EMAIL, NOTIFY_TELEGRAM, CALL_WEBHOOK, SET_FIELD, START_SEQUENCE, STOP_SEQUENCE;

        /** Whether the action sends something (rather than changing the deal). */
        public boolean sends() {
            return this == SEND_EMAIL || this == NOTIFY_TELEGRAM || this == CALL_WEBHOOK;
        }
    }

    public RuleAction {
        to = to == null ? List.of() : List.copyOf(to);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
    }

    /** An action without a sequence. */
    public RuleAction(Type type, Long stageId, Long repId, Boolean roundRobin, String template, List<String> to, List<String> bcc,
                      Long webhookId, String field, String value) {
        this(type, stageId, repId, roundRobin, template, to, bcc, webhookId, field, value, null);
    }

    /** {@code START_SEQUENCE} of the sequence, or {@code STOP_SEQUENCE} of it ({@code sequenceId} null: of every one). */
    public static RuleAction sequence(Type type, Long sequenceId) {
        return new RuleAction(type, null, null, null, null, null, null, null, null, null, sequenceId);
    }

    public static RuleAction email(String template, List<String> to, List<String> bcc) {
        return new RuleAction(Type.SEND_EMAIL, null, null, null, template, to, bcc, null, null, null);
    }

    public static RuleAction telegram(List<String> to) {
        return new RuleAction(Type.NOTIFY_TELEGRAM, null, null, null, null, to, null, null, null, null);
    }

    public static RuleAction move(long stageId) {
        return new RuleAction(Type.MOVE_TO_STAGE, stageId, null, null, null, null, null, null, null, null);
    }

    public static RuleAction assign(Long repId, boolean roundRobin) {
        return new RuleAction(Type.ASSIGN, null, repId, roundRobin ? Boolean.TRUE : null, null, null, null, null, null, null);
    }

    public static RuleAction setField(String field, String value) {
        return new RuleAction(Type.SET_FIELD, null, null, null, null, null, null, null, field, value);
    }

    public boolean assignsInTurn() {
        return Boolean.TRUE.equals(roundRobin);
    }

    void check(String where) {
        if (type == null) {
            throw new InvalidInputException(where + ".type", "an action needs a type: MOVE_TO_STAGE, ASSIGN, SEND_EMAIL, "
                    + "NOTIFY_TELEGRAM, CALL_WEBHOOK, SET_FIELD, START_SEQUENCE or STOP_SEQUENCE");
        }
        switch (type) {
            case MOVE_TO_STAGE -> require(stageId != null, where + ".stageId", "MOVE_TO_STAGE needs a stageId");
            case ASSIGN -> require(repId != null ^ assignsInTurn(), where + ".repId",
                    "ASSIGN needs either a repId or roundRobin: true");
            case SEND_EMAIL -> {
                require(template != null && !template.isBlank(), where + ".template", "SEND_EMAIL needs a template name");
                require(!to.isEmpty(), where + ".to", "SEND_EMAIL needs recipients: contact, responsible, team or an address");
                to.forEach(entry -> checkAddress(where + ".to", entry));
                bcc.forEach(entry -> checkAddress(where + ".bcc", entry));
            }
            case NOTIFY_TELEGRAM -> {
                require(!to.isEmpty(), where + ".to", "NOTIFY_TELEGRAM needs recipients: responsible, linked, default or chat:<id>");
                to.forEach(entry -> require(entry.matches("responsible|linked|default|chat:-?\\d+"), where + ".to",
                        "'" + entry + "' is not a Telegram recipient: responsible, linked, default or chat:<id>"));
            }
            case CALL_WEBHOOK -> require(webhookId != null, where + ".webhookId", "CALL_WEBHOOK needs a webhookId");
            case SET_FIELD -> require(field != null && field.matches("[A-Za-z0-9_.-]{1,100}"), where + ".field",
                    "SET_FIELD needs a field name (letters, digits, _ . -)");
            case START_SEQUENCE -> require(sequenceId != null, where + ".sequenceId", "START_SEQUENCE needs a sequenceId");
            case STOP_SEQUENCE -> {
                // without a sequenceId it stops all of the contact's sequences
            }
        }
    }

    private static void checkAddress(String where, String entry) {
        String recipient = entry == null ? "" : entry.strip();
        require(recipient.matches("contact|responsible|team") || recipient.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), where,
                "'" + entry + "' is not a recipient: contact, responsible, team or an e-mail address");
    }

    private static void require(boolean holds, String field, String message) {
        if (!holds) {
            throw new InvalidInputException(field, message);
        }
    }
}
