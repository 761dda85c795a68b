package com.leadwire.admin;

import java.util.List;

import com.leadwire.automation.DryRunReport;
import com.leadwire.automation.RuleFiring;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A dry-run's answer: for each rule whether it would fire, why (the trigger, every condition with
 * the value it saw) and what it would do. Rules that would not fire are one line each.
 */
class DryRunReportView extends VerticalLayout {

    DryRunReportView() {
        setPadding(false);
        setSpacing(false);
    }

    /** {@code skipRuleId}: the saved copy of the rule being edited (its unsaved version comes first). */
    void show(DryRunReport report, Long skipRuleId, boolean onlyFiring) {
        removeAll();
        List<DryRunReport.RuleReport> shown = report.rules().stream()
                .filter(rule -> rule.ruleId() == null || !rule.ruleId().equals(skipRuleId))
                .filter(rule -> !onlyFiring || rule.wouldFire()).toList();
        if (shown.isEmpty()) {
            add(quiet(new Span(getTranslation(onlyFiring ? "rules.dryRun.noneFires" : "rules.dryRun.noRules"))));
        }
        List<DryRunReport.RuleReport> others = shown.stream().filter(rule -> rule.ruleId() != null && !rule.wouldFire()).toList();
        shown.stream().filter(rule -> rule.ruleId() == null || rule.wouldFire()).forEach(rule -> add(card(rule)));
        if (!others.isEmpty()) {
            add(new H4(getTranslation("rules.dryRun.others")));
            others.forEach(rule -> add(line(rule)));
        }
    }

    private Component card(DryRunReport.RuleReport rule) {
        VerticalLayout card = new VerticalLayout();
        card.setSpacing(false);
        card.addClassName("dry-run-rule");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        card.add(heading(rule));
        rule.problems().forEach(problem -> card.add(error(new Span(getTranslation("rules.broken") + ": " + problem))));
        card.add(new Span((rule.triggerMatches() ? "✓ " : "✗ ") + (rule.triggerMatches() ? getTranslation("rules.dryRun.triggerFits")
                : getTranslation("rules.dryRun.triggerDoesNotFit", rule.trigger()))));
        if (rule.conditions().isEmpty()) {
            card.add(quiet(new Span(getTranslation("rules.dryRun.noConditions"))));
        }
        rule.conditions().forEach(condition -> card.add(new Span(RuleWords.condition(condition))));
        if (!rule.actions().isEmpty()) {
            card.add(new Span(getTranslation("rules.dryRun.wouldDo")));
        }
        rule.actions().forEach(action -> card.add(actionLine(action)));
        return card;
    }

    private Component heading(DryRunReport.RuleReport rule) {
        Span name = new Span(rule.name());
        name.getStyle().set("font-weight", "600");
        HorizontalLayout heading = new HorizontalLayout(name, rule.wouldFire() ? Badges.success(getTranslation("rules.dryRun.wouldFire"))
                : Badges.error(getTranslation("rules.dryRun.wouldNotFire")));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.getStyle().set("flex-wrap", "wrap").set("row-gap", "var(--lumo-space-xs)");
        if (rule.ruleId() == null) {
            heading.add(Badges.neutral(getTranslation("rules.dryRun.thisRule")));
        }
        if (!rule.enabled()) {
            heading.add(Badges.neutral(getTranslation("rules.dryRun.off")));
        }
        return heading;
    }

    /** A rule that would not fire, with the first reason. */
    private Component line(DryRunReport.RuleReport rule) {
        String why = !rule.problems().isEmpty() ? getTranslation("rules.broken")
                : !rule.enabled() ? getTranslation("rules.dryRun.off")
                : !rule.triggerMatches() ? getTranslation("rules.dryRun.triggerDoesNotFit", rule.trigger())
                : rule.conditions().stream().filter(condition -> !condition.passed()).findFirst().map(RuleWords::condition)
                        .orElse(getTranslation("rules.dryRun.wouldNotFire"));
        Span name = new Span(rule.name() + ": ");
        name.getStyle().set("font-weight", "600");
        return quiet(new Div(name, new Span(why)));
    }

    static Component actionLine(RuleFiring.ActionOutcome action) {
        Span line = new Span((action.done() ? "→ " : "✗ ") + RuleWords.t("rules.action.type." + action.type().name()) + ": "
                + action.summary());
        if (!action.done()) {
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return line;
    }

    private static <T extends Component> T quiet(T component) {
        component.getElement().getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return component;
    }

    private static <T extends Component> T error(T component) {
        component.getElement().getStyle().set("color", "var(--lumo-error-text-color)");
        return component;
    }
}
