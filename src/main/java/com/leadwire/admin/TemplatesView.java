package com.leadwire.admin;

import java.util.Optional;
import java.util.function.Supplier;

import com.leadwire.mail.MailTemplateInUseException;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The e-mail templates rules send: a list, and an editor with a live preview. */
@Route(value = "templates", layout = MainLayout.class)
@PageTitle("Leadwire – Templates")
@RolesAllowed("ADMIN")
class TemplatesView extends VerticalLayout {

    final Grid<MailTemplateView> grid = new Grid<>();
    final Paragraph empty = new Paragraph(getTranslation("templates.empty"));
    final Button create = new Button(getTranslation("templates.new"), VaadinIcon.PLUS.create());
    final Button save = new Button(getTranslation("templates.save"));
    final Button delete = new Button(getTranslation("templates.delete"));
    final TemplateEditor editor;

    private final MailTemplates templates;
    /** The version being edited; empty while writing a new one. */
    private Optional<MailTemplateView> editing = Optional.empty();

    TemplatesView(MailTemplates templates) {
        this.templates = templates;
        this.editor = new TemplateEditor(templates);
        setWidthFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> startNew());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("templates.title")), create);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(MailTemplateView::name).setHeader(getTranslation("templates.name")).setFlexGrow(3)
                .setTooltipGenerator(MailTemplateView::name);
        grid.addColumn(template -> template.language().tag()).setHeader(getTranslation("templates.language")).setAutoWidth(true);
        grid.addColumn(MailTemplateView::subject).setHeader(getTranslation("templates.subject")).setFlexGrow(3)
                .setTooltipGenerator(MailTemplateView::subject);
        grid.addColumn(template -> getTranslation(template.transactional() ? "templates.yes" : "templates.no"))
                .setHeader(getTranslation("templates.transactional")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                startEditing(selected.getValue());
            }
        });

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        editor.addActions(save, delete);
        editor.setVisible(false);

        add(header, empty, grid, editor);
        refresh();
    }

    private void refresh() {
        var all = templates.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void startNew() {
        grid.asSingleSelect().clear();
        editing = Optional.empty();
        editor.editNew();
        delete.setVisible(false);
        editor.setVisible(true);
    }

    private void startEditing(MailTemplateView template) {
        editing = Optional.of(template);
        editor.edit(template);
        delete.setVisible(true);
        editor.setVisible(true);
    }

    private void save() {
        attempt(() -> editing.map(template -> templates.update(template.id(), editor.draft()))
                .orElseGet(() -> templates.create(editor.draft())))
                .ifPresent(saved -> {
                    refresh();
                    grid.select(saved);
                    Notification.show(getTranslation("templates.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
    }

    private void confirmDelete() {
        editing.ifPresent(template -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("templates.delete.title", template.name()),
                    getTranslation("templates.delete.text", template.name(), template.language().tag()),
                    getTranslation("templates.delete"), confirmed -> delete(template),
                    getTranslation("templates.cancel"), cancelled -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }

    private void delete(MailTemplateView template) {
        attempt(() -> {
            templates.delete(template.id());
            return template;
        }).ifPresent(deleted -> {
            editing = Optional.empty();
            editor.setVisible(false);
            refresh();
        });
    }

    /** Runs a change; when it is refused, tells the admin why in their language, on the field when one is named. */
    private <T> Optional<T> attempt(Supplier<T> change) {
        editor.clearProblems();
        try {
            return Optional.of(change.get());
        } catch (MailTemplateInUseException inUse) {
            warn(getTranslation("templates.inUse", String.join(", ", inUse.users())));
        } catch (ConflictException duplicate) {
            warn(getTranslation("templates.duplicate"));
        } catch (InvalidInputException invalid) {
            editor.show(invalid);
        }
        return Optional.empty();
    }

    private void warn(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
