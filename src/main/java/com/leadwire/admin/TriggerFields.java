package com.leadwire.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.TriggerType;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** "When": a trigger type and only the fields that type needs. */
class TriggerFields extends VerticalLayout {

    /** The triggers a delay may follow. */
    private static final Set<TriggerType> DELAYABLE = EnumSet.complementOf(EnumSet.of(TriggerType.DELAY, TriggerType.DEAL_IDLE_IN_STAGE));

    final Select<TriggerType> type = new Select<>();
    final Select<TriggerType> of = new Select<>();
    final StagePicker stage;
    final Select<PaymentStatus> status = new Select<>();
    final DurationField after = new DurationField(getTranslation("rules.after"));

    TriggerFields(List<PipelineView> pipelines) {
        setPadding(false);
        setSpacing(false);
        stage = new StagePicker(pipelines);
        type.setLabel(getTranslation("rules.trigger"));
        type.setItems(TriggerType.values());
        SelectLabels.label(type, RuleWords::triggerType);
        type.setWidth("22em");
        of.setLabel(getTranslation("rules.trigger.of"));
        of.setItems(Arrays.stream(TriggerType.values()).filter(DELAYABLE::contains).toList());
        SelectLabels.label(of, RuleWords::triggerType);
        of.setWidth("22em");
        status.setLabel(getTranslation("rules.trigger.status"));
        status.setItems(PaymentStatus.values());
        SelectLabels.label(status, choice -> getTranslation("rules.payment." + choice.name()));
        type.addValueChangeListener(change -> showFieldsOfType());
        of.addValueChangeListener(change -> showFieldsOfType());
        add(type, of, stage, status, after);
        type.setValue(TriggerType.DEAL_CREATED);
    }

    private void showFieldsOfType() {
        TriggerType chosen = type.getValue();
        boolean delay = chosen == TriggerType.DELAY;
        TriggerType started = delay ? of.getValue() : chosen;
        of.setVisible(delay);
        stage.setVisible(started == TriggerType.DEAL_ENTERED_STAGE || started == TriggerType.DEAL_IDLE_IN_STAGE);
        status.setVisible(started == TriggerType.PAYMENT_STATUS);
        after.setVisible(delay || chosen == TriggerType.DEAL_IDLE_IN_STAGE);
    }

    RuleTrigger value() {
        return new RuleTrigger(type.getValue(), stage.isVisible() ? stage.pipelineId() : null, stage.isVisible() ? stage.stageId() : null,
                after.isVisible() ? after.iso() : null, status.isVisible() ? status.getValue() : null,
                of.isVisible() ? of.getValue() : null);
    }

    void setValue(RuleTrigger trigger) {
        type.setValue(trigger.type());
        of.setValue(trigger.of());
        stage.select(trigger.pipelineId(), trigger.stageId());
        status.setValue(trigger.status());
        after.setIso(trigger.after());
    }
}
