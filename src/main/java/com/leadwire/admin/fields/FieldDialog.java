package com.leadwire.admin.fields;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.leadwire.admin.SelectLabels;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Writes a new field of one scope, or changes one: its type, a choice's options and its labels.
 * The name is fixed once the field exists, as values are stored under it.
 */
class FieldDialog extends Dialog {

    final TextField name = new TextField(getTranslation("fields.dialog.name"));
    final Select<FieldType> type = new Select<>();
    final TextField labelEn = new TextField(getTranslation("fields.dialog.labelEn"));
    final TextField labelPt = new TextField(getTranslation("fields.dialog.labelPt"));
    final OptionList options = new OptionList();
    final Button save = new Button(getTranslation("fields.save"));
    final Button cancel = new Button(getTranslation("fields.cancel"));

    private final CustomFields fields;
    private final FieldScope scope;
    private final Optional<CustomField> editing;
    private final Consumer<CustomField> onSaved;
    private final Runnable onGone;
    private final Map<String, HasValidation> inputsByPart = Map.of("name", name, "type", type, "labelEn", labelEn, "labelPt", labelPt);

    /**
     * @param onSaved what happens once the field is saved
     * @param onGone what happens when the field being changed was deleted meanwhile
     */
    FieldDialog(CustomFields fields, FieldScope scope, Optional<CustomField> editing, Consumer<CustomField> onSaved, Runnable onGone) {
        this.fields = fields;
        this.scope = scope;
        this.editing = editing;
        this.onSaved = onSaved;
        this.onGone = onGone;
        setHeaderTitle(editing.map(field -> getTranslation("fields.dialog.edit", field.label(getLocale())))
                .orElse(getTranslation("fields.dialog.new." + scope.name())));
        name.setHelperText(getTranslation("fields.dialog.name.help"));
        name.setWidthFull();
        type.setLabel(getTranslation("fields.dialog.type"));
        type.setItems(FieldType.values());
        SelectLabels.label(type, choice -> getTranslation("fields.type." + choice.name()));
        type.addValueChangeListener(change -> options.setVisible(change.getValue() == FieldType.CHOICE));
        labelEn.setWidthFull();
        labelPt.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
        VerticalLayout form = new VerticalLayout(name, type, labelEn, labelPt, options);
        form.setPadding(false);
        form.setMinWidth("22em");
        add(form);

        name.setValue(editing.map(CustomField::name).orElse(""));
        name.setReadOnly(editing.isPresent());
        labelEn.setValue(editing.map(CustomField::labelEn).orElse(""));
        labelPt.setValue(editing.map(CustomField::labelPt).orElse(""));
        options.setValue(editing.map(CustomField::options).orElse(List.of()));
        type.setValue(editing.map(CustomField::type).orElse(FieldType.TEXT));
    }

    CustomFieldDraft draft() {
        List<String> chosen = type.getValue() == FieldType.CHOICE ? options.value() : List.of();
        return new CustomFieldDraft(scope, name.getValue(), type.getValue(), chosen, labelEn.getValue(), labelPt.getValue(),
                editing.map(CustomField::position).orElse(null));
    }

    private void save() {
        inputsByPart.values().forEach(input -> input.setInvalid(false));
        options.showProblem(null);
        try {
            CustomField saved = editing.isPresent() ? fields.change(editing.get().id(), draft()) : fields.create(draft());
            close();
            onSaved.accept(saved);
        } catch (NotFoundException deletedMeanwhile) {
            close();
            onGone.run();
        } catch (ConflictException duplicate) {
            name.setErrorMessage(getTranslation("fields.duplicate"));
            name.setInvalid(true);
        } catch (InvalidInputException refused) {
            String message = getTranslation("fields.error." + refused.field());
            HasValidation input = inputsByPart.get(refused.field());
            if (input != null) {
                input.setErrorMessage(message);
                input.setInvalid(true);
            } else {
                options.showProblem(message);
            }
        }
    }
}
