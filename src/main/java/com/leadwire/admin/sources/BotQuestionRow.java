package com.leadwire.admin.sources;

import java.util.Arrays;
import java.util.List;

import com.leadwire.admin.SelectLabels;
import com.leadwire.telegram.BotFlow;
import com.leadwire.telegram.BotFlow.AnswerKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** One question of a bot flow: what the bot asks, the kind of answer, its options, and the field the answer fills. */
class BotQuestionRow extends HorizontalLayout {

    final Span number = new Span();
    final TextField question = new TextField();
    final Select<AnswerKind> answer = new Select<>();
    final TextField options = new TextField();
    final ComboBox<String> fills;
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    private final BotFlow.FlowStep loaded;

    BotQuestionRow(BotFlow.FlowStep step, FieldTargets targets, Runnable onUp, Runnable onRemove) {
        this.loaded = step;
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        number.getStyle().set("font-weight", "600").set("min-width", "1.5em");
        question.setLabel(getTranslation("sources.bot.question"));
        question.setValue(step.question() == null ? "" : step.question());
        question.setWidth("26em");
        answer.setLabel(getTranslation("sources.bot.answer"));
        answer.setItems(AnswerKind.values());
        SelectLabels.label(answer, kind -> getTranslation("sources.bot.answer." + kind));
        answer.setValue(step.answer() == null ? AnswerKind.TEXT : step.answer());
        answer.setWidth("12em");
        options.setLabel(getTranslation("sources.bot.options"));
        options.setHelperText(getTranslation("sources.field.options.help"));
        options.setValue(String.join(", ", step.options()));
        fills = targets.comboBox(getTranslation("sources.bot.fills"));
        fills.setWidth("16em");
        FieldTargets.select(fills, step.fills());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        up.setAriaLabel(getTranslation("sources.bot.up"));
        up.setTooltipText(getTranslation("sources.bot.up"));
        up.addClickListener(click -> onUp.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("sources.bot.remove"));
        remove.setTooltipText(getTranslation("sources.bot.remove"));
        remove.addClickListener(click -> onRemove.run());
        answer.addValueChangeListener(change -> options.setVisible(change.getValue() != null && change.getValue().choices()));
        options.setVisible(answer.getValue().choices());
        add(number, question, answer, options, fills, up, remove);
    }

    /** The step as edited; its own re-ask and "done" texts are kept. */
    BotFlow.FlowStep step() {
        List<String> choices = answer.getValue() != null && answer.getValue().choices()
                ? Arrays.stream(options.getValue().split(",")).map(String::strip).filter(option -> !option.isEmpty()).toList()
                : List.of();
        return new BotFlow.FlowStep(question.getValue().strip(), answer.getValue(), choices, FormFieldRow.blankToNull(fills.getValue()),
                loaded.invalidAnswer(), loaded.doneLabel());
    }
}
