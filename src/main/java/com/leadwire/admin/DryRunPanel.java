package com.leadwire.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.leadwire.automation.DryRunRequest;
import com.leadwire.automation.DryRuns;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.TriggerType;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Beside the rule editor: try the rule as it is on the form (unsaved) and every saved rule against
 * an existing deal or a made-up one. Nothing is changed or sent.
 */
class DryRunPanel extends VerticalLayout {

    enum Against {
        DEAL, SAMPLE
    }

    final RadioButtonGroup<Against> against = new RadioButtonGroup<>();
    final IntegerField dealId = new IntegerField(getTranslation("rules.dryRun.dealId"));
    final Select<TriggerType> trigger = new Select<>();
    final StagePicker stage;
    final Select<SourceView> source = new Select<>();
    final TextArea fields = new TextArea(getTranslation("rules.dryRun.fields"));
    final TextField contactEmail = new TextField(getTranslation("rules.dryRun.contactEmail"));
    final TextField contactName = new TextField(getTranslation("rules.dryRun.contactName"));
    final TextField contactLanguage = new TextField(getTranslation("rules.dryRun.contactLanguage"));
    final TextField contactCountry = new TextField(getTranslation("rules.dryRun.contactCountry"));
    final Button run = new Button(getTranslation("rules.dryRun.run"), VaadinIcon.PLAY.create());
    final Span problem = new Span();
    final DryRunReportView report = new DryRunReportView();

    private final VerticalLayout sample = new VerticalLayout();
    private final DryRuns dryRuns;
    private final Supplier<RuleDefinition> rule;
    private final Long editedRuleId;

    DryRunPanel(DryRuns dryRuns, List<PipelineView> pipelines, List<SourceView> sources, Supplier<RuleDefinition> rule, Long editedRuleId) {
        this.dryRuns = dryRuns;
        this.rule = rule;
        this.editedRuleId = editedRuleId;
        this.stage = new StagePicker(pipelines);
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        Span help = new Span(getTranslation("rules.dryRun.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        against.setItems(Against.values());
        against.setItemLabelGenerator(choice -> getTranslation("rules.dryRun.against." + choice.name()));
        against.addValueChangeListener(change -> {
            dealId.setVisible(change.getValue() == Against.DEAL);
            sample.setVisible(change.getValue() == Against.SAMPLE);
        });
        dealId.setMin(1);
        trigger.setLabel(getTranslation("rules.dryRun.trigger"));
        trigger.setItems(TriggerType.values());
        SelectLabels.label(trigger, RuleWords::triggerType);
        trigger.setEmptySelectionAllowed(true);
        trigger.setEmptySelectionCaption(getTranslation("rules.dryRun.trigger.asRule"));
        trigger.setPlaceholder(getTranslation("rules.dryRun.trigger.asRule"));
        trigger.setWidthFull();
        source.setLabel(getTranslation("rules.dryRun.source"));
        source.setItems(sources);
        SelectLabels.label(source, choice -> choice.name() + " (" + choice.key() + ")");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("rules.dryRun.source.none"));
        source.setPlaceholder(getTranslation("rules.dryRun.source.none"));
        stage.pipeline.setPlaceholder(getTranslation("rules.dryRun.pipeline.first"));
        stage.stage.setPlaceholder(getTranslation("rules.dryRun.stage.first"));
        source.setWidthFull();
        fields.setPlaceholder("platform=autocloud\ntype=LEAD");
        fields.setWidthFull();
        contactEmail.setValue("maria.silva@example.com");
        contactName.setValue("Maria Silva");
        contactLanguage.setValue("pt-BR");
        contactLanguage.setWidth("8em");
        contactCountry.setValue("BR");
        contactCountry.setWidth("6em");
        sample.setPadding(false);
        sample.setSpacing(false);
        sample.add(trigger, stage, source, fields, contactEmail, contactName, new HorizontalLayout(contactLanguage, contactCountry));

        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> run());
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        add(new H3(getTranslation("rules.dryRun.title")), help, against, dealId, sample, run, problem, report);
        against.setValue(Against.SAMPLE);
    }

    private void run() {
        problem.setVisible(false);
        try {
            report.show(dryRuns.run(request()), editedRuleId, false);
        } catch (InvalidInputException invalid) {
            showProblem(getTranslation("rules.dryRun.problem", invalid.getMessage()));
        } catch (NotFoundException missing) {
            showProblem(getTranslation("deal.missing", String.valueOf(dealId.getValue())));
        }
    }

    private void showProblem(String message) {
        report.removeAll();
        problem.setText(message);
        problem.setVisible(true);
    }

    private DryRunRequest request() {
        RuleDefinition edited = rule.get();
        if (against.getValue() == Against.DEAL) {
            if (dealId.getValue() == null) {
                throw new InvalidInputException("dealId", getTranslation("rules.dryRun.dealId.missing"));
            }
            return new DryRunRequest(dealId.getValue().longValue(), null, null, null, edited);
        }
        TriggerType asked = trigger.getValue() != null ? trigger.getValue()
                : edited.trigger() == null ? null : edited.trigger().startedBy();
        DryRunRequest.SampleDeal deal = new DryRunRequest.SampleDeal(null, stage.pipelineId(), stage.stageId(),
                source.getValue() == null ? null : source.getValue().key(), keyValues(fields.getValue()), null, null, null);
        DryRunRequest.SampleContact contact = new DryRunRequest.SampleContact(blankToNull(contactEmail.getValue()),
                blankToNull(contactName.getValue()), blankToNull(contactCountry.getValue()), blankToNull(contactLanguage.getValue()));
        return new DryRunRequest(null, asked, deal, contact, edited);
    }

    /** "platform=autocloud" lines; a line without "=" is ignored. */
    private static Map<String, String> keyValues(String lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
