package com.leadwire.admin.pipelines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.leadwire.pipeline.PipelineChangeRefused;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Names a new pipeline and its first stages, or renames one. The new pipeline's stages are the first
 * stage and, unless unticked, a won and a lost stage, so that deals can be marked won or lost from the start.
 */
class PipelineDialog extends Dialog {

    /** What the dialog asks the service for; {@code stages} is empty for a rename. */
    record Draft(String name, List<StageDraft> stages) {
    }

    /** The longest name the service takes for a pipeline or a stage. */
    static final int NAME_LENGTH = 200;

    final TextField name = new TextField(getTranslation("pipelines.dialog.name"));
    final TextField firstStage = new TextField(getTranslation("pipelines.dialog.firstStage"));
    final Checkbox wonAndLost = new Checkbox(getTranslation("pipelines.dialog.wonAndLost"), true);
    final Button save = new Button(getTranslation("pipelines.dialog.save"));
    private final boolean creating;

    /** @param saving throws the service's refusal, which the dialog shows on the field it concerns */
    private PipelineDialog(PipelineView renamed, Consumer<Draft> saving) {
        this.creating = renamed == null;
        setHeaderTitle(getTranslation(creating ? "pipelines.dialog.new" : "pipelines.dialog.rename"));
        name.setWidthFull();
        name.setRequired(true);
        name.setMaxLength(NAME_LENGTH);
        firstStage.setWidthFull();
        firstStage.setMaxLength(NAME_LENGTH);
        firstStage.setValue(getTranslation("pipelines.dialog.firstStage.default"));
        VerticalLayout form = new VerticalLayout(name);
        form.setPadding(false);
        form.setWidth("28em");
        if (creating) {
            form.add(firstStage, wonAndLost);
        } else {
            name.setValue(renamed.name());
        }
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            name.setInvalid(false);
            firstStage.setInvalid(false);
            try {
                saving.accept(new Draft(name.getValue(), creating ? stages() : List.of()));
                close();
            } catch (InvalidInputException | ConflictException refused) {
                show(refused);
            }
        });
        getFooter().add(new Button(getTranslation("pipelines.dialog.cancel"), click -> close()), save);
        addOpenedChangeListener(opened -> name.focus());
    }

    static PipelineDialog forNew(Consumer<Draft> creating) {
        return new PipelineDialog(null, creating);
    }

    static PipelineDialog forRename(PipelineView pipeline, Consumer<Draft> renaming) {
        return new PipelineDialog(pipeline, renaming);
    }

    private List<StageDraft> stages() {
        List<StageDraft> stages = new ArrayList<>(List.of(new StageDraft(firstStage.getValue(), StageKind.OPEN)));
        if (wonAndLost.getValue()) {
            stages.add(new StageDraft(getTranslation("pipelines.dialog.won"), StageKind.WON));
            stages.add(new StageDraft(getTranslation("pipelines.dialog.lost"), StageKind.LOST));
        }
        return stages;
    }

    private void show(RuntimeException refused) {
        if (refused instanceof PipelineChangeRefused stage && stage.reason() == PipelineChangeRefused.Reason.STAGE_NAME_TAKEN) {
            invalid(firstStage, Refusals.text(refused));
        } else if (refused instanceof PipelineChangeRefused) {
            invalid(name, Refusals.text(refused));
        } else if (refused instanceof InvalidInputException invalid && "name".equals(invalid.field())) {
            // the pipeline's name is checked first; the fields' maximum length leaves a blank one as the only bad name
            invalid(name.getValue().isBlank() ? name : firstStage, getTranslation("pipelines.error.name"));
        } else {
            Refusals.show(refused);
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
