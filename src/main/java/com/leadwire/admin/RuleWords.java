package com.leadwire.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.leadwire.automation.Condition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.TriggerType;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Rules said in the reader's language: triggers with stage and pipeline names instead of ids,
 * ISO-8601 durations as "5 days", conditions as "Source equals x".
 */
final class RuleWords {

    /** What the engine shows for a field without a value. */
    private static final String ENGINE_EMPTY = "(empty)";

    private final List<PipelineView> pipelines;

    RuleWords(List<PipelineView> pipelines) {
        this.pipelines = pipelines;
    }

    static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    static String triggerType(TriggerType type) {
        return t("rules.trigger.type." + type.name());
    }

    String trigger(RuleTrigger trigger) {
        return switch (trigger.type()) {
            case DEAL_ENTERED_STAGE -> t("rules.trigger.words.entered", stage(trigger), pipeline(trigger));
            case DEAL_IDLE_IN_STAGE -> t("rules.trigger.words.idle", stage(trigger), pipeline(trigger), duration(trigger.after()));
            case PAYMENT_STATUS -> t("rules.trigger.words.payment", paymentStatus(trigger));
            case DELAY -> t("rules.trigger.words.delay", duration(trigger.after()),
                    trigger.of() == null ? "?" : trigger(new RuleTrigger(trigger.of(), trigger.pipelineId(), trigger.stageId(), null,
                            trigger.status(), null)));
            default -> triggerType(trigger.type());
        };
    }

    private String paymentStatus(RuleTrigger trigger) {
        return trigger.status() == null ? "?" : t("rules.payment." + trigger.status().name());
    }

    private String pipeline(RuleTrigger trigger) {
        return findPipeline(trigger.pipelineId()).map(PipelineView::name).orElse("#" + trigger.pipelineId());
    }

    private String stage(RuleTrigger trigger) {
        return findPipeline(trigger.pipelineId()).flatMap(p -> trigger.stageId() == null ? Optional.empty() : p.stage(trigger.stageId()))
                .map(StageView::name).orElse("#" + trigger.stageId());
    }

    private Optional<PipelineView> findPipeline(Long id) {
        return pipelines.stream().filter(p -> id != null && p.id() == id).findFirst();
    }

    /** "5 days", "2 hours 30 minutes"; the ISO text itself when it is not a duration. */
    static String duration(String iso) {
        Duration duration;
        try {
            duration = Duration.parse(iso);
        } catch (RuntimeException notADuration) {
            return String.valueOf(iso);
        }
        List<String> parts = new ArrayList<>();
        add(parts, duration.toDays(), "rules.duration.days");
        add(parts, duration.toHoursPart(), "rules.duration.hours");
        add(parts, duration.toMinutesPart(), "rules.duration.minutes");
        add(parts, duration.toSecondsPart(), "rules.duration.seconds");
        return parts.isEmpty() ? t("rules.duration.seconds", 0) : String.join(" ", parts);
    }

    private static void add(List<String> parts, long amount, String key) {
        if (amount > 0) {
            parts.add(t(key, amount));
        }
    }

    static String field(String field) {
        return field.startsWith(Condition.DEAL_FIELD_PREFIX)
                ? t("rules.field.dealField.named", field.substring(Condition.DEAL_FIELD_PREFIX.length()))
                : t("rules.field." + field);
    }

    /** "Source equals leads-x — actual: Leads X ✓" */
    static String condition(Condition.Result result) {
        String test = result.op() == Condition.Op.IS_EMPTY
                ? t("not empty".equals(result.expected()) ? "rules.op.IS_NOT_EMPTY" : "rules.op.IS_EMPTY")
                : t("rules.op." + result.op().name()) + " " + result.expected();
        String actual = ENGINE_EMPTY.equals(result.actual()) ? t("rules.value.empty") : result.actual();
        return (result.passed() ? "✓ " : "✗ ") + field(result.field()) + " " + test + " — " + t("rules.actual", actual);
    }
}
