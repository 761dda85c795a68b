package com.leadwire.automation;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.shared.InvalidInputException;

/**
 * A rule's trigger and its parameters: {@code pipelineId} and {@code stageId} for stage triggers,
 * {@code after} (ISO-8601, at least a second) for idle and delay, {@code status} for payments,
 * {@code of} for a delay (the trigger it follows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleTrigger(TriggerType type, Long pipelineId, Long stageId, String after, PaymentStatus status, TriggerType of) {

    public static RuleTrigger of(TriggerType type) {
        return new RuleTrigger(type, null, null, null, null, null);
    }

    public static RuleTrigger stage(TriggerType type, long pipelineId, long stageId, String after) {
        return new RuleTrigger(type, pipelineId, stageId, after, null, null);
    }

    /** The trigger whose events start this one: itself; for a delay the trigger it follows; for idle, entering the stage. */
    @JsonIgnore
    public TriggerType startedBy() {
        return switch (type) {
            case DELAY -> of;
            case DEAL_IDLE_IN_STAGE -> TriggerType.DEAL_ENTERED_STAGE;
            default -> type;
        };
    }

    @JsonIgnore
    public Duration afterDuration() {
        return after == null ? null : Duration.parse(after);
    }

    /**
     * Refuses a trigger that lacks a parameter its type needs, or has one its type would ignore (an
     * {@code after} on a deal-created trigger would fire at once, not later); stages are checked
     * against the pipelines by {@link Rules}.
     */
    void check() {
        if (type == null) {
            throw new InvalidInputException("trigger.type", "a rule needs a trigger type");
        }
        refuseWhatTheTypeIgnores();
        switch (type) {
            case DEAL_ENTERED_STAGE -> requireStage();
            case DEAL_IDLE_IN_STAGE -> {
                requireStage();
                requireAfter();
            }
            case PAYMENT_STATUS -> {
                if (status == null) {
                    throw new InvalidInputException("trigger.status", "a payment trigger needs a status (NEW, EXPIRED, FAILED, SUCCEEDED, REFUNDED)");
                }
            }
            case DELAY -> {
                if (of == null || !of.aboutDeal() || of == TriggerType.DELAY || of == TriggerType.DEAL_IDLE_IN_STAGE) {
                    throw new InvalidInputException("trigger.of", "a delay follows a deal's trigger: "
                            + "DEAL_CREATED, DEAL_ENTERED_STAGE, DEAL_WON, DEAL_LOST, PAYMENT_STATUS or MESSAGE_RECEIVED");
                }
                if (of == TriggerType.DEAL_ENTERED_STAGE) {
                    requireStage();
                }
                if (of == TriggerType.PAYMENT_STATUS && status == null) {
                    throw new InvalidInputException("trigger.status", "a delay after a payment needs the payment status");
                }
                requireAfter();
            }
            default -> {
            }
        }
    }

    private void refuseWhatTheTypeIgnores() {
        if (after != null && type != TriggerType.DEAL_IDLE_IN_STAGE && type != TriggerType.DELAY) {
            throw new InvalidInputException("trigger.after", type + " fires at once; to wait, use {\"type\": \"DELAY\", \"of\": \""
                    + type + "\", \"after\": \"" + after + "\"}");
        }
        if (of != null && type != TriggerType.DELAY) {
            throw new InvalidInputException("trigger.of", "only a DELAY follows another trigger ('of')");
        }
        TriggerType event = type == TriggerType.DELAY ? of : type;
        if (status != null && event != TriggerType.PAYMENT_STATUS) {
            throw new InvalidInputException("trigger.status", "a payment status is for PAYMENT_STATUS triggers");
        }
        boolean withoutStage = !event.aboutDeal() || event == TriggerType.PAYMENT_STATUS
                || event == TriggerType.MESSAGE_RECEIVED;
        if (withoutStage && (stageId != null || pipelineId != null)) {
            throw new InvalidInputException("trigger.stageId", event + " does not happen in a stage: leave out pipelineId and stageId "
                    + "(a condition on 'stage' or 'pipeline' tests the deal's)");
        }
    }

    private void requireStage() {
        if (pipelineId == null || stageId == null) {
            throw new InvalidInputException("trigger.stageId", type + " needs a pipelineId and a stageId");
        }
    }

    private void requireAfter() {
        Duration duration;
        try {
            duration = after == null ? null : Duration.parse(after);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("trigger.after", "'" + after + "' is not an ISO-8601 duration such as PT30S, PT2H or P5D");
        }
        if (duration == null || duration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidInputException("trigger.after", type + " needs 'after', an ISO-8601 duration of at least one second (PT1S)");
        }
    }
}
