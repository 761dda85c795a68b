package com.leadwire.admin.sequences;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Writes a new sequence or changes one: its name, its e-mails as rows (wait, template, discount; one
 * to three) and the optional BCC. A refusal is shown on the field it names, in the admin's language.
 * The lead groups' wizard opens it too, to write a group's follow-up e-mails where they are chosen.
 */
public class SequenceDialog extends Dialog {

    final TextField name = new TextField(getTranslation("sequences.name"));
    final TextField bcc = new TextField(getTranslation("sequences.bcc"));
    final VerticalLayout steps = new VerticalLayout();
    final Button addStep = new Button(getTranslation("sequences.step.add"), VaadinIcon.PLUS.create());
    final Span problem = new Span();
    final Button save = new Button(getTranslation("sequences.save"));
    final Button cancel = new Button(getTranslation("sequences.cancel"));

    private final Sequences sequences;
    private final List<String> templates;
    private final String actor;
    private final Consumer<SequenceView> onSaved;
    private Optional<SequenceView> editing = Optional.empty();

    public SequenceDialog(Sequences sequences, List<String> templates, String actor, Consumer<SequenceView> onSaved) {
        this.sequences = sequences;
        this.templates = templates;
        this.actor = actor;
        this.onSaved = onSaved;
        setWidth("min(60em, 95vw)");
        name.setWidthFull();
        bcc.setWidth("24em");
        bcc.setHelperText(getTranslation("sequences.bcc.help"));
        steps.setPadding(false);
        addStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addStep.addClickListener(click -> addStep(null));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Paragraph help = new Paragraph(getTranslation("sequences.steps.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout form = new VerticalLayout(name, help, steps, addStep, bcc, problem);
        form.setPadding(false);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    /** The templates an e-mail of a sequence may use, by name. */
    public static List<String> templateNames(MailTemplates templates) {
        return templates.all().stream().map(MailTemplateView::name).distinct().sorted().toList();
    }

    public void openNew() {
        editing = Optional.empty();
        setHeaderTitle(getTranslation("sequences.dialog.new"));
        name.clear();
        bcc.clear();
        steps.removeAll();
        addStep(null);
        clearProblems();
        open();
    }

    public void openFor(SequenceView sequence) {
        editing = Optional.of(sequence);
        setHeaderTitle(getTranslation("sequences.dialog.edit", sequence.name()));
        name.setValue(sequence.name());
        bcc.setValue(sequence.bcc() == null ? "" : sequence.bcc());
        steps.removeAll();
        sequence.emails().forEach(this::addStep);
        clearProblems();
        open();
    }

    List<StepRow> stepRows() {
        return steps.getChildren().map(StepRow.class::cast).toList();
    }

    private void addStep(SequenceEmail email) {
        StepRow row = new StepRow(templates, this::removeStep);
        if (email != null) {
            row.setValue(email);
        }
        steps.add(row);
        renumber();
    }

    private void removeStep(StepRow row) {
        steps.remove(row);
        renumber();
    }

    private void renumber() {
        List<StepRow> rows = stepRows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).place(i, rows.size() > 1);
        }
        addStep.setEnabled(rows.size() < Sequences.MAX_EMAILS);
    }

    private void save() {
        clearProblems();
        List<SequenceEmail> emails = stepRows().stream().map(StepRow::value).toList();
        SequenceDraft draft = new SequenceDraft(name.getValue(), emails, bcc.getValue());
        try {
            SequenceView saved = editing.map(sequence -> sequences.update(sequence.id(), draft, actor))
                    .orElseGet(() -> sequences.create(draft, actor));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException invalid) {
            show(invalid.field());
        }
    }

    /** Marks the field the refusal names ({@code emails[1].delay}, {@code bcc} …) with what to do, in the admin's language. */
    private void show(String field) {
        String part = field == null ? "" : field.replaceAll("^emails\\[\\d+]\\.?", "");
        String key = switch (part) {
            case "template" -> "sequences.invalid.template";
            case "delay" -> "sequences.invalid.delay";
            case "discountPercent" -> "sequences.invalid.discount";
            default -> field != null && field.startsWith("emails") ? "sequences.invalid.emails"
                    : "bcc".equals(field) ? "sequences.invalid.bcc" : "sequences.invalid.name";
        };
        String message = getTranslation(key);
        problem.setText(message);
        Optional<StepRow> row = stepOf(field);
        switch (key) {
            case "sequences.invalid.name" -> invalid(name, message);
            case "sequences.invalid.bcc" -> invalid(bcc, message);
            case "sequences.invalid.template" -> row.ifPresent(step -> {
                step.template.setInvalid(true);
                step.template.setErrorMessage(message);
            });
            case "sequences.invalid.delay" -> row.ifPresent(step -> {
                step.amount.setInvalid(true);
                step.amount.setErrorMessage(message);
            });
            case "sequences.invalid.discount" -> row.ifPresent(step -> {
                step.discount.setInvalid(true);
                step.discount.setErrorMessage(message);
            });
            default -> {
            }
        }
    }

    private Optional<StepRow> stepOf(String field) {
        if (field == null || !field.matches("emails\\[\\d+].*")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(field.substring("emails[".length(), field.indexOf(']')));
        List<StepRow> rows = stepRows();
        return index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    private static void invalid(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    private void clearProblems() {
        problem.setText("");
        name.setInvalid(false);
        bcc.setInvalid(false);
        stepRows().forEach(StepRow::clearProblems);
    }
}
