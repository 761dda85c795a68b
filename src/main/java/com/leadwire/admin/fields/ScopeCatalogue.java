package com.leadwire.admin.fields;

import java.util.List;
import java.util.Optional;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The fields of one scope (deal or contact) in their order, with their buttons: add, move, edit, delete. */
class ScopeCatalogue extends VerticalLayout {

    static final String ACTIONS = "actions";

    final Grid<CustomField> grid = new Grid<>();
    final Paragraph empty;
    final Button add;

    private final CustomFields fields;
    private final FieldScope scope;

    ScopeCatalogue(CustomFields fields, FieldScope scope) {
        this.fields = fields;
        this.scope = scope;
        setPadding(false);
        empty = new Paragraph(getTranslation("fields.empty." + scope.name()));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add = new Button(getTranslation("fields.add." + scope.name()), VaadinIcon.PLUS.create());
        add.addClickListener(click -> open(Optional.empty()));
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("fields.scope." + scope.name())), add);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(field -> field.label(getLocale())).setHeader(getTranslation("fields.column.label")).setFlexGrow(2);
        grid.addColumn(CustomField::name).setHeader(getTranslation("fields.column.name")).setFlexGrow(2);
        grid.addColumn(field -> getTranslation("fields.type." + field.type().name())).setHeader(getTranslation("fields.column.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(field -> String.join(", ", field.options())).setHeader(getTranslation("fields.column.options")).setFlexGrow(3)
                .setTooltipGenerator(field -> String.join(", ", field.options()));
        grid.addComponentColumn(this::buttons).setHeader(getTranslation("fields.column.actions")).setKey(ACTIONS).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(header, empty, grid);
        refresh();
    }

    void refresh() {
        List<CustomField> all = fields.of(scope);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private HorizontalLayout buttons(CustomField field) {
        List<CustomField> shown = grid.getListDataView().getItems().toList();
        int index = shown.indexOf(field);
        Button up = button(VaadinIcon.ARROW_UP, "fields.up", field);
        up.setEnabled(index > 0);
        up.addClickListener(click -> move(field, -1));
        Button down = button(VaadinIcon.ARROW_DOWN, "fields.down", field);
        down.setEnabled(index < shown.size() - 1);
        down.addClickListener(click -> move(field, 1));
        Button edit = button(VaadinIcon.EDIT, "fields.edit", field);
        edit.addClickListener(click -> open(Optional.of(field)));
        Button delete = button(VaadinIcon.TRASH, "fields.delete", field);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete(field));
        HorizontalLayout buttons = new HorizontalLayout(up, down, edit, delete);
        buttons.setSpacing(false);
        return buttons;
    }

    /** An icon button that says what it does and to which field, to a screen reader and in a tooltip. */
    private Button button(VaadinIcon icon, String key, CustomField field) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        String text = getTranslation(key) + ": " + field.label(getLocale());
        button.setAriaLabel(text);
        button.setTooltipText(text);
        return button;
    }

    private void move(CustomField field, int by) {
        unlessGone(() -> fields.move(field.id(), by));
        refresh();
    }

    private void open(Optional<CustomField> editing) {
        new FieldDialog(fields, scope, editing, saved -> {
            refresh();
            Notification.show(getTranslation("fields.saved", saved.label(getLocale())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, this::gone).open();
    }

    private void confirmDelete(CustomField field) {
        String label = field.label(getLocale());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("fields.delete.title", label),
                getTranslation("fields.delete.text", label, field.name()), getTranslation("fields.delete"), confirmed -> delete(field),
                getTranslation("fields.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(CustomField field) {
        if (unlessGone(() -> fields.delete(field.id()))) {
            Notification.show(getTranslation("fields.deleted", field.label(getLocale())));
        }
        refresh();
    }

    /** Runs a change of a field that someone else may have deleted meanwhile; says so if they did. */
    private boolean unlessGone(Runnable change) {
        try {
            change.run();
            return true;
        } catch (NotFoundException deletedMeanwhile) {
            gone();
            return false;
        }
    }

    private void gone() {
        refresh();
        Notification.show(getTranslation("fields.gone"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
