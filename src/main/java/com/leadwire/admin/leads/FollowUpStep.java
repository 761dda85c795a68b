package com.leadwire.admin.leads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import com.leadwire.admin.sequences.SequenceDialog;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The wizard's second step, the follow-up e-mails (003_'s "Create custom emails"): one sequence, or
 * more for an A/B test with its end criteria. A sequence is written or changed on the spot in the
 * sequences' own dialog, and then chosen here.
 */
class FollowUpStep extends VerticalLayout {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final Paragraph intro = new Paragraph(getTranslation("leadgroups.followUps.intro"));
    final VerticalLayout sets = new VerticalLayout();
    final Button addTest = new Button(getTranslation("leadgroups.followUps.addTest"), VaadinIcon.PLUS.create());
    final VerticalLayout test = new VerticalLayout();
    final BigDecimalField targetConversion = new BigDecimalField(getTranslation("leadgroups.test.targetConversion"));
    final BigDecimalField targetRevenue = new BigDecimalField(getTranslation("leadgroups.test.targetRevenue"));
    final IntegerField targetLeads = new IntegerField(getTranslation("leadgroups.test.targetLeads"));
    final DateTimePicker endsAt = new DateTimePicker(getTranslation("leadgroups.test.endsAt"));
    final Checkbox keepBest = new Checkbox(getTranslation("leadgroups.test.keepBest"));
    final SequenceDialog sequenceDialog;

    private final Sequences sequences;
    private VariantRow writingFor;

    FollowUpStep(Sequences sequences, List<String> templates, String actor) {
        this.sequences = sequences;
        this.sequenceDialog = new SequenceDialog(sequences, templates, actor, this::written);
        setPadding(false);
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Paragraph afterPrevious = new Paragraph(getTranslation("leadgroups.afterPrevious"));
        afterPrevious.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        sets.setPadding(false);
        addTest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addTest.addClickListener(click -> addSet(null));

        Paragraph testHelp = new Paragraph(getTranslation("leadgroups.test.help"));
        testHelp.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        targetConversion.setSuffixComponent(new Span("%"));
        targetRevenue.setHelperText(getTranslation("leadgroups.test.targetRevenue.help"));
        targetLeads.setMin(1);
        endsAt.setLocale(getLocale());
        keepBest.setHelperText(getTranslation("leadgroups.test.keepBest.help"));
        FormLayout criteria = new FormLayout(targetConversion, targetRevenue, targetLeads, endsAt);
        criteria.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        test.setPadding(false);
        test.add(new H4(getTranslation("leadgroups.test.title")), testHelp, criteria, keepBest);
        add(intro, sets, afterPrevious, addTest, test);
    }

    void clear() {
        sets.removeAll();
        addSet(null);
        fillTest(LeadGroupTest.NONE);
    }

    void fill(List<Long> sequenceIds, LeadGroupTest criteria) {
        sets.removeAll();
        if (sequenceIds.isEmpty()) {
            addSet(null);
        }
        sequenceIds.forEach(this::addSet);
        fillTest(criteria == null ? LeadGroupTest.NONE : criteria);
    }

    List<VariantRow> rows() {
        return sets.getChildren().map(VariantRow.class::cast).toList();
    }

    /** The chosen sequences in order (a single set may have none: an inactive group waits for one). */
    List<Long> sequenceIds() {
        return rows().stream().map(VariantRow::sequenceId).filter(Objects::nonNull).toList();
    }

    /** In an A/B test every set needs a sequence; the service cannot be told of an empty one. */
    boolean hasEmptyTestSet() {
        return rows().size() > 1 && rows().stream().anyMatch(row -> row.sequenceId() == null);
    }

    /** The end criteria, or null when the group sends one set: there is nothing to test. */
    LeadGroupTest testCriteria() {
        if (rows().size() < 2) {
            return null;
        }
        BigDecimal conversion = targetConversion.getValue() == null ? null
                : targetConversion.getValue().divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return new LeadGroupTest(endsAt.getValue() == null ? null : endsAt.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                conversion, targetRevenue.getValue(), targetLeads.getValue(), keepBest.getValue());
    }

    /** Marks the sets without a sequence, or else the one the refusal names ({@code sequenceIds[1]}). */
    void markSets(String field, String message) {
        List<VariantRow> unchosen = rows().stream().filter(row -> row.sequenceId() == null).toList();
        List<VariantRow> marked = unchosen;
        if (unchosen.isEmpty() && field.matches("sequenceIds\\[\\d+]")) {
            int index = Integer.parseInt(field.substring("sequenceIds[".length(), field.length() - 1));
            marked = index < rows().size() ? List.of(rows().get(index)) : List.of();
        }
        marked.forEach(row -> {
            row.sequence.setInvalid(true);
            row.sequence.setErrorMessage(message);
        });
    }

    private void fillTest(LeadGroupTest criteria) {
        targetConversion.setValue(criteria.targetConversion() == null ? null
                : criteria.targetConversion().multiply(HUNDRED).stripTrailingZeros());
        targetRevenue.setValue(criteria.targetRevenue());
        targetLeads.setValue(criteria.targetLeads());
        endsAt.setValue(criteria.endsAt() == null ? null : LocalDateTime.ofInstant(criteria.endsAt(), ZoneId.systemDefault()));
        keepBest.setValue(criteria.keepBest());
    }

    private void addSet(Long sequenceId) {
        VariantRow row = new VariantRow(sequences.all(), this::writeNew, this::change, this::removeSet);
        row.choose(sequenceId);
        sets.add(row);
        renumber();
    }

    private void removeSet(VariantRow row) {
        sets.remove(row);
        renumber();
    }

    private void renumber() {
        List<VariantRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).place(i, rows.size());
        }
        test.setVisible(rows.size() > 1);
    }

    private void writeNew(VariantRow row) {
        writingFor = row;
        sequenceDialog.openNew();
    }

    private void change(VariantRow row) {
        if (row.sequence.getValue() != null) {
            writingFor = row;
            sequenceDialog.openFor(row.sequence.getValue());
        }
    }

    /** A sequence was written or changed: every set sees the new list, and the set that asked chooses it. */
    private void written(SequenceView sequence) {
        List<SequenceView> all = sequences.all();
        rows().forEach(row -> row.offer(all));
        if (writingFor != null) {
            writingFor.choose(sequence.id());
        }
    }
}
