package com.leadwire.admin.pipelines;

import java.util.EnumMap;
import java.util.Map;

import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

/** Which stage a payment's deal enters for each payment status, in this pipeline; a choice is saved at once. */
class PaymentStages extends FormLayout {

    /** Saves one status's stage (null: the deal does not move); returns false when refused. */
    interface Saving {
        boolean save(PaymentStatus status, StageView stage);
    }

    final Map<PaymentStatus, Select<StageView>> stageOf = new EnumMap<>(PaymentStatus.class);
    private final Saving saving;
    private boolean showing;

    PaymentStages(Saving saving) {
        this.saving = saving;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (PaymentStatus status : PaymentStatus.values()) {
            Select<StageView> stage = new Select<>();
            stage.setLabel(getTranslation("pipelines.payment." + status.name()));
            stage.setEmptySelectionAllowed(true);
            stage.setEmptySelectionCaption(getTranslation("pipelines.payments.none"));
            stage.setItemLabelGenerator(each -> each == null ? getTranslation("pipelines.payments.none") : each.name());
            stage.addValueChangeListener(change -> {
                if (!showing && !saving.save(status, change.getValue())) {
                    showing = true;
                    stage.setValue(change.getOldValue());
                    showing = false;
                }
            });
            stageOf.put(status, stage);
            add(stage);
        }
    }

    void show(PipelineView pipeline, Map<PaymentStatus, Long> mapped) {
        showing = true;
        stageOf.forEach((status, stage) -> {
            stage.setItems(pipeline.stages());
            Long stageId = mapped.get(status);
            stage.setValue(stageId == null ? null : pipeline.stage(stageId).orElse(null));
        });
        showing = false;
    }
}
