package com.leadwire.admin;

import java.util.List;
import java.util.Optional;

import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** A pipeline and one of its stages: the stage options follow the chosen pipeline. */
public class StagePicker extends HorizontalLayout {

    final Select<PipelineView> pipeline = new Select<>();
    final Select<StageView> stage = new Select<>();

    public StagePicker(List<PipelineView> pipelines) {
        setPadding(false);
        pipeline.setLabel(getTranslation("rules.pipeline"));
        pipeline.setItems(pipelines);
        SelectLabels.label(pipeline, PipelineView::name);
        stage.setLabel(getTranslation("rules.stage"));
        SelectLabels.label(stage, StageView::name);
        pipeline.addValueChangeListener(change -> stage.setItems(change.getValue() == null ? List.of() : change.getValue().stages()));
        add(pipeline, stage);
    }

    public Long pipelineId() {
        return pipeline.getValue() == null ? null : pipeline.getValue().id();
    }

    public Long stageId() {
        return stage.getValue() == null ? null : stage.getValue().id();
    }

    public void select(Long pipelineId, Long stageId) {
        Optional<PipelineView> chosen = pipeline.getListDataView().getItems().filter(p -> pipelineId != null && p.id() == pipelineId)
                .findFirst();
        pipeline.setValue(chosen.orElse(null));
        stage.setValue(chosen.flatMap(p -> stageId == null ? Optional.empty() : p.stage(stageId)).orElse(null));
    }
}
