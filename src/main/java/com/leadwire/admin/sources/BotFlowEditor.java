package com.leadwire.admin.sources;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.telegram.BotFlow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A Telegram source's bot flow ({@link BotFlow}): the questions in order as rows, and the message
 * the prospect gets at the end. Who is told of the new deal ({@code notify}) is kept as it was.
 */
class BotFlowEditor extends VerticalLayout implements SettingsEditor {

    final VerticalLayout rows = new VerticalLayout();
    final List<BotQuestionRow> questions = new ArrayList<>();
    final Button addQuestion = new Button();
    final TextArea confirmation = new TextArea();

    private final BotFlow loaded;
    private final FieldTargets targets;
    private final ObjectMapper json;

    BotFlowEditor(BotFlow loaded, FieldTargets targets, ObjectMapper json) {
        this.loaded = loaded;
        this.targets = targets;
        this.json = json;
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        addQuestion.setText(getTranslation("sources.bot.add"));
        addQuestion.setIcon(VaadinIcon.PLUS.create());
        addQuestion.addClickListener(click -> {
            addRow(new BotFlow.FlowStep("", BotFlow.AnswerKind.TEXT, null, null, null, null));
            questions.get(questions.size() - 1).question.focus();
        });
        loaded.steps().forEach(this::addRow);
        confirmation.setLabel(getTranslation("sources.bot.confirmation"));
        confirmation.setHelperText(getTranslation("sources.bot.confirmation.help"));
        confirmation.setValue(loaded.confirmation() == null ? "" : loaded.confirmation());
        confirmation.setWidthFull();
        add(new H3(getTranslation("sources.bot.title")), new Paragraph(getTranslation("sources.bot.help")), rows, addQuestion,
                confirmation);
    }

    /** A new flow asks for the name and the e-mail (contacts are merged by e-mail, so every flow asks for it). */
    static BotFlow starter(String nameQuestion, String emailQuestion, String confirmation) {
        return new BotFlow(List.of(
                new BotFlow.FlowStep(nameQuestion, BotFlow.AnswerKind.TEXT, null, "contact.name", null, null),
                new BotFlow.FlowStep(emailQuestion, BotFlow.AnswerKind.EMAIL, null, "contact.email", null, null)), confirmation, null);
    }

    private void addRow(BotFlow.FlowStep step) {
        BotQuestionRow[] row = new BotQuestionRow[1];
        row[0] = new BotQuestionRow(step, targets, () -> moveUp(row[0]), () -> {
            questions.remove(row[0]);
            rows.remove(row[0]);
            renumber();
        });
        questions.add(row[0]);
        rows.add(row[0]);
        renumber();
    }

    private void moveUp(BotQuestionRow row) {
        int at = questions.indexOf(row);
        if (at > 0) {
            questions.remove(at);
            questions.add(at - 1, row);
            rows.removeAll();
            questions.forEach(rows::add);
            renumber();
            row.up.focus();
        }
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).number.setText((i + 1) + ".");
            questions.get(i).up.setEnabled(i > 0);
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String settings() {
        BotFlow flow = new BotFlow(questions.stream().map(BotQuestionRow::step).toList(), confirmation.getValue().strip(),
                loaded.notifyWhom());
        try {
            return json.writeValueAsString(flow);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
