package com.leadwire.admin.sequences;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.leadwire.automation.sequences.SequenceEmail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/** One e-mail of a sequence: the wait after the previous e-mail (an amount and a unit), the template and the optional discount. */
class StepRow extends HorizontalLayout {

    final Span number = new Span();
    final IntegerField amount = new IntegerField();
    final Select<ChronoUnit> unit = new Select<>();
    final Select<String> template = new Select<>();
    final BigDecimalField discount = new BigDecimalField();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    StepRow(List<String> templates, Consumer<StepRow> onRemove) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        number.getStyle().set("font-weight", "600").set("min-width", "5em");
        amount.setLabel(getTranslation("sequences.step.delay"));
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        amount.setWidth("7em");
        amount.setValue(1);
        unit.setLabel(getTranslation("sequences.step.unit"));
        unit.setItems(Wait.UNITS);
        unit.setItemLabelGenerator(choice -> getTranslation("sequences.step.unit." + choice.name()));
        unit.setValue(ChronoUnit.DAYS);
        unit.setWidth("9em");
        template.setLabel(getTranslation("sequences.step.template"));
        template.setItems(templates);
        template.setWidth("18em");
        discount.setLabel(getTranslation("sequences.step.discount"));
        discount.setHelperText(getTranslation("sequences.step.discount.help"));
        discount.setWidth("9em");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("sequences.step.remove"));
        remove.setTooltipText(getTranslation("sequences.step.remove"));
        remove.addClickListener(click -> onRemove.accept(this));
        add(number, amount, unit, template, discount, remove);
    }

    void place(int index, boolean removable) {
        number.setText(getTranslation("sequences.step", index + 1));
        remove.setEnabled(removable);
    }

    SequenceEmail value() {
        String delay = amount.getValue() == null || unit.getValue() == null ? null : new Wait(amount.getValue(), unit.getValue()).iso();
        return new SequenceEmail(template.getValue(), delay, discount.getValue());
    }

    void setValue(SequenceEmail email) {
        Wait wait = Wait.of(email.delayDuration());
        amount.setValue(wait.amount());
        unit.setValue(wait.unit());
        if (!templates().contains(email.template())) {
            List<String> offered = new ArrayList<>(templates());
            offered.add(email.template());
            template.setItems(offered);
        }
        template.setValue(email.template());
        discount.setValue(email.discountPercent());
    }

    private List<String> templates() {
        return template.getListDataView().getItems().toList();
    }

    void clearProblems() {
        amount.setInvalid(false);
        template.setInvalid(false);
        discount.setInvalid(false);
    }
}
