package com.leadwire.admin;

import java.util.List;

import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

/** The automation rules in the order they run, each switchable on its own, and the global switch above them. */
@Route(value = "rules", layout = MainLayout.class)
@PageTitle("Leadwire – Rules")
@RolesAllowed("ADMIN")
class RulesView extends VerticalLayout {

    final Grid<RuleView> grid = new Grid<>();
    final Paragraph empty = new Paragraph(getTranslation("rules.empty"));
    final Button create = new Button(getTranslation("rules.new"), VaadinIcon.PLUS.create());
    final AutomationSwitchBar automationSwitch;

    private final Rules rules;
    private final Pipelines pipelines;
    private final String actor;
    /** Stage and pipeline names as they are now, read once per refresh. */
    private RuleWords words;

    RulesView(Rules rules, Pipelines pipelines, AutomationSwitch automation, AuthenticationContext authentication) {
        this.rules = rules;
        this.pipelines = pipelines;
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.automationSwitch = new AutomationSwitchBar(automation, actor);
        setWidthFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RuleEditorView.class)));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("rules.title")), create);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addComponentColumn(this::nameAndDescription).setKey("name").setHeader(getTranslation("rules.name")).setFlexGrow(3);
        grid.addColumn(rule -> words.trigger(rule.trigger())).setKey("trigger").setHeader(getTranslation("rules.when"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::toggle).setKey("enabled").setHeader(getTranslation("rules.enabled")).setAutoWidth(true)
                .setFlexGrow(0);
        // a broken rule's problems wrap in a column of their own width, so they never squeeze the names
        grid.addComponentColumn(RulesView::status).setKey("status").setHeader(getTranslation("rules.status")).setWidth("12em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::rowButtons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        add(header, automationSwitch, empty, grid);
        refresh();
    }

    private void refresh() {
        words = new RuleWords(pipelines.all());
        List<RuleView> all = rules.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private Component nameAndDescription(RuleView rule) {
        Span name = new Span(rule.name());
        name.getStyle().set("font-weight", "600");
        Div cell = new Div(name);
        if (rule.description() != null) {
            Span description = new Span(rule.description());
            description.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(description);
        }
        return cell;
    }

    private Checkbox toggle(RuleView rule) {
        Checkbox on = new Checkbox(rule.enabled());
        on.setAriaLabel(getTranslation("rules.enabled.of", rule.name()));
        on.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    rules.setEnabled(rule.id(), change.getValue(), actor);
                } catch (InvalidInputException refused) {
                    Notification.show(getTranslation("rules.notSaved", refused.getMessage()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                refresh();
            }
        });
        return on;
    }

    private static Component status(RuleView rule) {
        if (!rule.broken()) {
            return new Span();
        }
        Span broken = Badges.error(RuleWords.t("rules.broken"));
        broken.setTitle(String.join("\n", rule.problems()));
        Span problems = new Span(String.join("; ", rule.problems()));
        problems.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-error-text-color)");
        return new Div(broken, problems);
    }

    private Component rowButtons(RuleView rule) {
        Button edit = new Button(getTranslation("rules.edit"), click -> getUI().ifPresent(ui -> ui.navigate(RuleEditorView.class,
                rule.id())));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("rules.delete"), click -> confirmDelete(rule));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(RuleView rule) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("rules.delete.title", rule.name()),
                getTranslation("rules.delete.text", rule.name()), getTranslation("rules.delete"), confirmed -> {
                    rules.delete(rule.id(), actor);
                    refresh();
                }, getTranslation("rules.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
