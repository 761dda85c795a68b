package com.leadwire.admin.sequences;

import java.util.List;
import java.util.stream.Collectors;

import com.leadwire.admin.MainLayout;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.mail.MailTemplates;
import com.leadwire.shared.ConflictException;
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
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The follow-up sequences: a list (each with its e-mails' waits and templates, and its BCC), a
 * dialog to write or change one, and delete after a confirmation. The same {@link Sequences}
 * methods as /api/v1/sequences.
 */
@Route(value = "sequences", layout = MainLayout.class)
@PageTitle("Leadwire – Follow-up sequences")
@RolesAllowed("ADMIN")
class SequencesView extends VerticalLayout {

    final Grid<SequenceView> grid = new Grid<>();
    final Paragraph empty = new Paragraph(getTranslation("sequences.empty"));
    final Button create = new Button(getTranslation("sequences.new"), VaadinIcon.PLUS.create());
    final SequenceDialog dialog;

    private final Sequences sequences;
    private final String actor;

    SequencesView(Sequences sequences, MailTemplates templates, AuthenticationContext authentication) {
        this.sequences = sequences;
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.dialog = new SequenceDialog(sequences, SequenceDialog.templateNames(templates), actor, this::saved);
        setWidthFull();
        setMaxWidth("80em");

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> dialog.openNew());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("sequences.title")), create);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        Paragraph intro = new Paragraph(getTranslation("sequences.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");

        grid.addColumn(SequenceView::name).setHeader(getTranslation("sequences.column.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(this::emails).setHeader(getTranslation("sequences.column.emails")).setFlexGrow(4).setKey("emails");
        grid.addColumn(sequence -> sequence.bcc() == null ? "" : sequence.bcc()).setHeader(getTranslation("sequences.column.bcc"))
                .setFlexGrow(2).setKey("bcc");
        grid.addComponentColumn(sequence -> {
            Button edit = new Button(getTranslation("sequences.edit"), click -> dialog.openFor(sequence));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(sequence -> {
            Button delete = new Button(getTranslation("sequences.delete"), click -> confirmDelete(sequence));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return delete;
        }).setKey("delete").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        add(header, intro, empty, grid);
        refresh();
    }

    /** "1 day after Carrinho 1 (10%) · 2 hours after Carrinho 2". */
    private String emails(SequenceView sequence) {
        return sequence.emails().stream().map(this::email).collect(Collectors.joining(" · "));
    }

    private String email(SequenceEmail email) {
        Wait wait = Wait.of(email.delayDuration());
        return getTranslation("sequences.step.summary", wait.amount() + " " + getTranslation("sequences.step.unit." + wait.unit().name()),
                email.template())
                + (email.discountPercent() == null ? "" : " (" + email.discountPercent().toPlainString() + "%)");
    }

    private void refresh() {
        List<SequenceView> all = sequences.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void saved(SequenceView sequence) {
        refresh();
        Notification.show(getTranslation("sequences.saved", sequence.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void confirmDelete(SequenceView sequence) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("sequences.delete.title", sequence.name()),
                getTranslation("sequences.delete.text"), getTranslation("sequences.delete"), confirmed -> delete(sequence),
                getTranslation("sequences.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(SequenceView sequence) {
        try {
            sequences.delete(sequence.id(), actor);
            refresh();
            Notification.show(getTranslation("sequences.deleted", sequence.name()));
        } catch (ConflictException inUse) {
            Notification.show(getTranslation("sequences.delete.refused"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
