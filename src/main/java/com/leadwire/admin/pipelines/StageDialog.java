package com.leadwire.admin.pipelines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.leadwire.fields.CustomField;
import com.leadwire.pipeline.EntryRequirements;
import com.leadwire.pipeline.PipelineChangeRefused;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.StageChange;
import com.leadwire.pipeline.StageKind;
import com.leadwire.pipeline.StageView;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A stage's name, kind and entry requirements, for a new stage or one to change. The requirements
 * offer the pipeline's other stages by name and the deal fields of the catalogue by label; a field
 * name that is not in the catalogue can be typed.
 */
class StageDialog extends Dialog {

    final TextField name = new TextField(getTranslation("pipelines.stage.name"));
    final RadioButtonGroup<StageKind> kind = new RadioButtonGroup<>(getTranslation("pipelines.stage.kind"));
    final MultiSelectComboBox<StageView> fromStages = new MultiSelectComboBox<>(getTranslation("pipelines.dialog.fromStages"));
    final MultiSelectComboBox<StageView> visitedStages = new MultiSelectComboBox<>(getTranslation("pipelines.dialog.visitedStages"));
    final MultiSelectComboBox<String> fields = new MultiSelectComboBox<>(getTranslation("pipelines.dialog.fields"));
    final Button save = new Button(getTranslation("pipelines.dialog.save"));
    private final List<String> fieldNames = new ArrayList<>();

    /**
     * @param editing the stage to change, or null for a new one
     * @param saving  throws the service's refusal, which the dialog shows on the field it concerns
     */
    StageDialog(PipelineView pipeline, StageView editing, List<CustomField> dealFields, Consumer<StageChange> saving) {
        setHeaderTitle(editing == null ? getTranslation("pipelines.dialog.stage.new", pipeline.name())
                : getTranslation("pipelines.dialog.stage.edit", editing.name()));
        name.setRequired(true);
        name.setMaxLength(PipelineDialog.NAME_LENGTH);
        name.setWidthFull();
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(each -> getTranslation("pipelines.kind." + each.name()));
        kind.setHelperText(getTranslation("pipelines.kind.help"));
        kind.setValue(StageKind.OPEN);

        List<StageView> others = pipeline.stages().stream().filter(stage -> editing == null || stage.id() != editing.id()).toList();
        for (MultiSelectComboBox<StageView> stages : List.of(fromStages, visitedStages)) {
            stages.setItems(others);
            stages.setItemLabelGenerator(StageView::name);
            stages.setWidthFull();
        }
        Map<String, String> labels = dealFields.stream().collect(Collectors.toMap(CustomField::name, field -> field.label(getLocale())));
        dealFields.forEach(field -> fieldNames.add(field.name()));
        fields.setItemLabelGenerator(field -> labels.getOrDefault(field, field));
        fields.setAllowCustomValue(true);
        fields.addCustomValueSetListener(typed -> choose(typed.getDetail()));
        fields.setHelperText(getTranslation("pipelines.dialog.fields.help"));
        fields.setWidthFull();

        if (editing != null) {
            name.setValue(editing.name());
            kind.setValue(editing.kind());
            EntryRequirements requirements = editing.requirements();
            fromStages.setValue(others.stream().filter(stage -> requirements.fromStages().contains(stage.id())).toList());
            visitedStages.setValue(others.stream().filter(stage -> requirements.visitedStages().contains(stage.id())).toList());
            requirements.fields().stream().filter(field -> !fieldNames.contains(field)).forEach(fieldNames::add);
            fields.setItems(fieldNames);
            fields.setValue(requirements.fields());
        } else {
            fields.setItems(fieldNames);
        }

        VerticalLayout form = new VerticalLayout(name, kind, new Paragraph(getTranslation("pipelines.dialog.requirements")), fromStages,
                visitedStages, fields);
        form.setPadding(false);
        form.setWidth("34em");
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            List.<HasValidation>of(name, fromStages, visitedStages, fields).forEach(field -> field.setInvalid(false));
            try {
                saving.accept(new StageChange(name.getValue(), kind.getValue(), requirements()));
                close();
            } catch (InvalidInputException | ConflictException refused) {
                show(refused);
            }
        });
        getFooter().add(new Button(getTranslation("pipelines.dialog.cancel"), click -> close()), save);
        addOpenedChangeListener(opened -> name.focus());
    }

    /** Adds a typed field name to the choices and chooses it. */
    void choose(String typed) {
        String field = typed == null ? "" : typed.strip();
        if (field.isEmpty()) {
            return;
        }
        Set<String> chosen = new LinkedHashSet<>(fields.getValue());
        if (!fieldNames.contains(field)) {
            fieldNames.add(field);
            fields.setItems(fieldNames);
        }
        chosen.add(field);
        fields.setValue(chosen);
    }

    private EntryRequirements requirements() {
        return new EntryRequirements(ids(fromStages.getValue()), ids(visitedStages.getValue()),
                fieldNames.stream().filter(fields.getValue()::contains).toList());
    }

    private static List<Long> ids(Set<StageView> stages) {
        return stages.stream().sorted(Comparator.comparingInt(StageView::position)).map(StageView::id).toList();
    }

    private void show(RuntimeException refused) {
        if (refused instanceof PipelineChangeRefused) {
            invalid(name, Refusals.text(refused));
            return;
        }
        String field = refused instanceof InvalidInputException invalid && invalid.field() != null ? invalid.field() : "";
        switch (field) {
            case "name" -> invalid(name, getTranslation("pipelines.error.name"));
            case "requirements.fromStages" -> invalid(fromStages, Refusals.text(refused));
            case "requirements.visitedStages" -> invalid(visitedStages, Refusals.text(refused));
            case "requirements.fields" -> invalid(fields, Refusals.text(refused));
            default -> Refusals.show(refused);
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
