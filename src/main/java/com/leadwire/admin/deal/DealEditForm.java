package com.leadwire.admin.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;

import com.leadwire.fields.CustomField;
import com.leadwire.pipeline.DealEdit;
import com.leadwire.pipeline.DealView;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The deal's title, value, products and the catalogue's deal fields, each with an input of its
 * type (a number field, a date picker, a select of the options). Only what the person changed is
 * sent, so a stored value the form cannot show (an old free-text value of a choice) stays.
 */
class DealEditForm extends FormLayout {

    /** A catalogued field's input, how its value is written, and whether the stored value could be shown in it. */
    private record FieldInput(CustomField field, AbstractField<?, ?> input, boolean storedShown) {

        String value() {
            Object value = input.getValue();
            if (value == null || value instanceof String text && text.isBlank()) {
                return null;
            }
            return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
        }
    }

    final TextField title = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    final TextField products = new TextField();
    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final Button save = new Button();
    private final List<FieldInput> inputs;
    private final DealView deal;

    /** {@code save}: applies the edit (the service); {@code refresh}: shows the deal as it is then. */
    DealEditForm(DealView deal, List<CustomField> catalogue, Consumer<DealEdit> save, Runnable refresh) {
        this.deal = deal;
        title.setLabel(getTranslation("dealpage.edit.title"));
        title.setValue(deal.title());
        title.setRequired(true);
        amount.setLabel(getTranslation("dealpage.edit.amount"));
        amount.setValue(deal.amount());
        currency.setLabel(getTranslation("dealpage.edit.currency"));
        currency.setPlaceholder("BRL");
        currency.setMaxLength(3);
        currency.setValue(deal.currency() == null ? "" : deal.currency());
        products.setLabel(getTranslation("dealpage.edit.products"));
        products.setHelperText(getTranslation("dealpage.edit.products.help"));
        products.setValue(String.join(", ", deal.products()));
        add(title, amount, currency, products);
        inputs = catalogue.stream().map(field -> {
            String stored = deal.fields().get(field.name());
            AbstractField<?, ?> input = input(field, stored);
            return new FieldInput(field, input, stored == null || !input.isEmpty());
        }).toList();
        inputs.forEach(input -> {
            fields.put(input.field().name(), input.input());
            add(input.input());
        });
        this.save.setText(getTranslation("dealpage.edit.save"));
        this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.save.addClickListener(click -> {
            clearInvalid();
            try {
                save.accept(edit());
                refresh.run();
                Notices.done(getTranslation("dealpage.edit.saved"));
            } catch (InvalidInputException refused) {
                markInvalid(refused.field());
                Notices.refused(refused.getMessage());
            } catch (ConflictException | OptimisticLockingFailureException changed) {
                refresh.run();
                Notices.refused(getTranslation("deal.move.changedMeanwhile"));
            }
        });
        add(this.save);
    }

    private DealEdit edit() {
        Map<String, String> changed = new LinkedHashMap<>();
        for (FieldInput input : inputs) {
            String value = input.value();
            // a stored value the input could not show (not a number, not an option) stays unless the person typed another
            if (!Objects.equals(value, deal.fields().get(input.field().name())) && (input.storedShown() || value != null)) {
                changed.put(input.field().name(), value);
            }
        }
        List<String> productList = Arrays.stream(products.getValue().split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new DealEdit(title.getValue(), new DealEdit.Value(amount.getValue(), currency.getValue().isBlank() ? null : currency.getValue()),
                productList, changed);
    }

    private AbstractField<?, ?> input(CustomField field, String stored) {
        String label = field.label(getLocale());
        return switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(label);
                text.setValue(stored == null ? "" : stored);
                yield text;
            }
            case NUMBER -> {
                BigDecimalField number = new BigDecimalField(label);
                try {
                    number.setValue(stored == null ? null : new BigDecimal(stored));
                } catch (NumberFormatException notANumber) {
                    number.setHelperText(stored);
                }
                yield number;
            }
            case DATE -> {
                DatePicker date = new DatePicker(label);
                date.setLocale(getLocale());
                try {
                    date.setValue(stored == null ? null : LocalDate.parse(stored));
                } catch (DateTimeParseException notADate) {
                    date.setHelperText(stored);
                }
                yield date;
            }
            case CHOICE -> {
                Select<String> choice = new Select<>();
                choice.setLabel(label);
                choice.setItems(field.options());
                choice.setEmptySelectionAllowed(true);
                choice.setEmptySelectionCaption(getTranslation("dealpage.edit.none"));
                if (stored != null && field.options().contains(stored)) {
                    choice.setValue(stored);
                } else if (stored != null) {
                    choice.setHelperText(getTranslation("dealpage.edit.notAnOption", stored));
                }
                yield choice;
            }
        };
    }

    private void clearInvalid() {
        components().forEach(component -> component.setInvalid(false));
    }

    /** {@code field}: the service's name for what it refused (title, value.amount, fields.platform …). */
    private void markInvalid(String field) {
        if (field == null) {
            return;
        }
        HasValidation component = switch (field) {
            case "title" -> title;
            case "value.amount" -> amount;
            case "value.currency" -> currency;
            case "products" -> products;
            default -> field.startsWith("fields.") && fields.get(field.substring("fields.".length())) instanceof HasValidation input ? input
                    : null;
        };
        if (component != null) {
            component.setInvalid(true);
        }
    }

    private List<HasValidation> components() {
        List<HasValidation> all = new ArrayList<>(List.of(title, amount, currency, products));
        fields.values().stream().filter(HasValidation.class::isInstance).map(HasValidation.class::cast).forEach(all::add);
        return all;
    }
}
