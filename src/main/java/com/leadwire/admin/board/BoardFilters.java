package com.leadwire.admin.board;

import java.util.Comparator;
import java.util.List;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.FieldType;
import com.leadwire.pipeline.BoardFilter;
import com.leadwire.pipeline.SourceView;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The board's filters: responsible rep, source, product, a text (deal title, contact name or
 * e-mail) and one deal custom field (a choice field's options as a select). Any change shows the
 * board again.
 */
final class BoardFilters extends FlexLayout {

    final Select<TeamMember> rep = new Select<>();
    final Select<SourceView> source = new Select<>();
    final TextField product = new TextField();
    final TextField text = new TextField();
    final Select<CustomField> field = new Select<>();
    final Select<String> choice = new Select<>();
    final TextField fieldText = new TextField();
    final Button clear = new Button();
    private boolean quiet;

    BoardFilters(List<TeamMember> team, List<SourceView> sources, List<CustomField> fields, Runnable changed) {
        addClassName("board-filters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        rep.setLabel(getTranslation("board.filter.rep"));
        rep.setItems(team.stream().filter(TeamMember::active).sorted(Comparator.comparing(TeamMember::displayName)).toList());
        rep.setItemLabelGenerator(member -> member == null ? getTranslation("board.filter.anyone") : member.displayName());
        rep.setEmptySelectionAllowed(true);
        rep.setEmptySelectionCaption(getTranslation("board.filter.anyone"));
        source.setLabel(getTranslation("board.filter.source"));
        source.setItems(sources.stream().sorted(Comparator.comparing(SourceView::name)).toList());
        source.setItemLabelGenerator(item -> item == null ? getTranslation("board.filter.anySource") : item.name());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("board.filter.anySource"));
        product.setLabel(getTranslation("board.filter.product"));
        product.setPlaceholder(getTranslation("board.filter.anyProduct"));
        product.setClearButtonVisible(true);
        text.setLabel(getTranslation("board.filter.text"));
        text.setPlaceholder(getTranslation("board.filter.textHint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("20rem");
        field.setLabel(getTranslation("board.filter.field"));
        field.setItems(fields);
        field.setItemLabelGenerator(item -> item == null ? getTranslation("board.filter.noField") : item.label(getLocale()));
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("board.filter.noField"));
        choice.setLabel(getTranslation("board.filter.fieldValue"));
        fieldText.setLabel(getTranslation("board.filter.fieldValue"));
        fieldText.setClearButtonVisible(true);
        clear.setText(getTranslation("board.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        field.addValueChangeListener(change -> quietly(() -> showValueInput(change.getValue())));
        showValueInput(null);
        add(rep, source, product, text, field, choice, fieldText, clear);
        getChildren().forEach(child -> child.getStyle().set("margin-right", "var(--lumo-space-m)"));
        rep.addValueChangeListener(change -> changed(changed));
        source.addValueChangeListener(change -> changed(changed));
        product.addValueChangeListener(change -> changed(changed));
        text.addValueChangeListener(change -> changed(changed));
        choice.addValueChangeListener(change -> changed(changed));
        fieldText.addValueChangeListener(change -> changed(changed));
        field.addValueChangeListener(change -> changed(changed));
        clear.addClickListener(click -> {
            quietly(() -> {
                List.of(rep, source, field).forEach(Select::clear);
                List.of(product, text, fieldText).forEach(TextField::clear);
            });
            changed.run();
        });
    }

    BoardFilter value() {
        CustomField chosen = field.getValue();
        String fieldValue = chosen == null ? null : chosen.type() == FieldType.CHOICE ? choice.getValue() : fieldText.getValue();
        return new BoardFilter(rep.isEmpty() ? null : rep.getValue().id(), source.isEmpty() ? null : source.getValue().id(),
                product.getValue(), text.getValue(), chosen == null ? null : chosen.name(), fieldValue);
    }

    private void changed(Runnable changed) {
        if (!quiet) {
            changed.run();
        }
    }

    /** Changes inputs without showing the board again for each. */
    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    private void showValueInput(CustomField chosen) {
        boolean isChoice = chosen != null && chosen.type() == FieldType.CHOICE;
        choice.setVisible(isChoice);
        fieldText.setVisible(chosen != null && !isChoice);
        choice.setItems(isChoice ? chosen.options() : List.of());
        fieldText.clear();
    }
}
