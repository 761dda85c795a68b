package com.leadwire.admin.leads;

import java.util.List;
import java.util.function.Consumer;

import com.leadwire.admin.SelectLabels;
import com.leadwire.automation.sequences.SequenceView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * One follow-up set of a group: the sequence it sends, what that sends (send times and discounts),
 * and buttons to write a new sequence for it or change the chosen one's e-mails.
 */
class VariantRow extends VerticalLayout {

    final Span title = new Span();
    final Select<SequenceView> sequence = new Select<>();
    final Button create = new Button(getTranslation("leadgroups.followUps.new"), VaadinIcon.PLUS.create());
    final Button edit = new Button(getTranslation("leadgroups.followUps.editEmails"), VaadinIcon.EDIT.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    final Span summary = new Span();

    VariantRow(List<SequenceView> sequences, Consumer<VariantRow> onCreate, Consumer<VariantRow> onEdit, Consumer<VariantRow> onRemove) {
        setPadding(false);
        setSpacing(false);
        title.getStyle().set("font-weight", "600");
        sequence.setLabel(getTranslation("leadgroups.followUps.sequence"));
        sequence.setWidth("22em");
        SelectLabels.label(sequence, SequenceView::name);
        offer(sequences);
        sequence.addValueChangeListener(change -> describe());
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        create.addClickListener(click -> onCreate.accept(this));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(click -> onEdit.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("leadgroups.followUps.remove"));
        remove.setTooltipText(getTranslation("leadgroups.followUps.remove"));
        remove.addClickListener(click -> onRemove.accept(this));
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout choice = new HorizontalLayout(sequence, create, edit, remove);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.getStyle().set("flex-wrap", "wrap");
        add(title, choice, summary);
        describe();
    }

    /** The sequences to choose from, keeping the chosen one (by id) when it is still there. */
    void offer(List<SequenceView> sequences) {
        Long chosen = sequence.getValue() == null ? null : sequence.getValue().id();
        sequence.setItems(sequences);
        choose(chosen);
    }

    void choose(Long sequenceId) {
        sequence.setValue(sequenceId == null ? null : sequence.getListDataView().getItems()
                .filter(offered -> offered.id() == sequenceId).findFirst().orElse(null));
    }

    /** "Set A" when the group tests several sets, nothing above a single one. */
    void place(int index, int sets) {
        title.setText(getTranslation("leadgroups.set", String.valueOf((char) ('A' + index))));
        title.setVisible(sets > 1);
        remove.setVisible(sets > 1);
    }

    Long sequenceId() {
        return sequence.getValue() == null ? null : sequence.getValue().id();
    }

    private void describe() {
        SequenceView chosen = sequence.getValue();
        edit.setEnabled(chosen != null);
        if (chosen == null) {
            summary.setText(getTranslation("leadgroups.noSequence"));
            return;
        }
        FollowUpSummary sends = FollowUpSummary.of(chosen);
        summary.setText(getTranslation("leadgroups.followUps.summary", sends.sendTimes(this), sends.discounts(this)));
    }
}
