package com.leadwire.admin;

import java.util.List;
import java.util.Optional;

import com.leadwire.automation.DryRuns;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.Team;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * One rule, built from selects and rows (never JSON): name, "when", the all-of and any-of
 * conditions and the ordered actions, with a dry-run beside it. {@code rules/edit} writes a new
 * rule, {@code rules/edit/{id}} changes one.
 */
@Route(value = "rules/edit", layout = MainLayout.class)
@PageTitle("Leadwire – Rule")
@RolesAllowed("ADMIN")
class RuleEditorView extends HorizontalLayout implements HasUrlParameter<Long> {

    final TextField name = new TextField(getTranslation("rules.name"));
    final TextArea description = new TextArea(getTranslation("rules.description"));
    final Checkbox enabled = new Checkbox(getTranslation("rules.enabled.rule"), true);
    final TriggerFields trigger;
    final ConditionGroup all;
    final ConditionGroup any;
    final ActionList actions;
    final Button save = new Button(getTranslation("rules.save"));
    final Button cancel = new Button(getTranslation("rules.cancel"));
    final Span problem = new Span();
    final H2 title = new H2();
    DryRunPanel dryRun;

    private final Rules rules;
    private final DryRuns dryRuns;
    private final Sources sources;
    private final List<PipelineView> pipelines;
    private final String actor;
    private final VerticalLayout form = new VerticalLayout();
    /** The rule being changed; empty while writing a new one. */
    private Optional<RuleView> editing = Optional.empty();

    RuleEditorView(Rules rules, DryRuns dryRuns, Pipelines pipelines, Sources sources, Team team, MailTemplates templates,
                   CustomFields fields, Sequences sequences, AuthenticationContext authentication) {
        this.rules = rules;
        this.dryRuns = dryRuns;
        this.sources = sources;
        this.pipelines = pipelines.all();
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.trigger = new TriggerFields(this.pipelines);
        List<CustomField> dealFields = fields.of(FieldScope.DEAL);
        this.all = new ConditionGroup(getTranslation("rules.conditions.all"), getTranslation("rules.conditions.all.help"),
                getTranslation("rules.conditions.all.none"), dealFields);
        this.any = new ConditionGroup(getTranslation("rules.conditions.any"), getTranslation("rules.conditions.any.help"),
                getTranslation("rules.conditions.any.none"), dealFields);
        this.actions = new ActionList(new ActionChoices(this.pipelines, team.reps(),
                templates.all().stream().map(MailTemplateView::name).distinct().sorted().toList(), dealFields, sequences.all()));
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.START);
        getStyle().set("flex-wrap", "wrap");
        form.getStyle().set("flex", "3 1 32em").set("min-width", "0");

        name.setWidthFull();
        description.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> backToList());
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        form.setPadding(false);
        form.add(title, name, description, enabled, new H3(getTranslation("rules.when")), trigger,
                new H3(getTranslation("rules.conditions")), all, any, new H3(getTranslation("rules.actions")), actions,
                problem, new HorizontalLayout(save, cancel));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long ruleId) {
        editing = ruleId == null ? Optional.empty() : rules.find(ruleId);
        if (ruleId != null && editing.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("rules.missing", String.valueOf(ruleId))));
            return;
        }
        title.setText(editing.map(rule -> getTranslation("rules.edit.title", rule.name())).orElse(getTranslation("rules.new")));
        editing.ifPresentOrElse(rule -> show(rule.definition()), () -> actions.addRow());
        dryRun = new DryRunPanel(dryRuns, pipelines, sources.all(), this::definition, ruleId);
        // side by side on a wide screen, the dry-run below the form on a narrow one
        dryRun.getStyle().set("flex", "2 1 26em").set("min-width", "0");
        removeAll();
        add(form, dryRun);
    }

    private void show(RuleDefinition rule) {
        name.setValue(rule.name());
        description.setValue(rule.description() == null ? "" : rule.description());
        enabled.setValue(rule.isEnabled());
        trigger.setValue(rule.trigger());
        all.setValue(rule.conditions().all());
        any.setValue(rule.conditions().any());
        actions.setValue(rule.actions());
    }

    /** The rule as the form says it now. */
    RuleDefinition definition() {
        return new RuleDefinition(name.getValue(), description.getValue(), enabled.getValue(), trigger.value(),
                new RuleConditions(all.value(), any.value()), actions.value());
    }

    private void save() {
        problem.setVisible(false);
        try {
            RuleView saved = editing.isPresent() ? rules.update(editing.get().id(), definition(), actor)
                    : rules.create(definition(), actor);
            Notification.show(getTranslation("rules.saved", saved.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            backToList();
        } catch (InvalidInputException invalid) {
            problem.setText(getTranslation("rules.notSaved", invalid.getMessage()));
            problem.setVisible(true);
            Notification.show(problem.getText(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(RulesView.class));
    }
}
