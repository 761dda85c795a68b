package com.leadwire.admin.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The contact and deal fields an answer can fill, built-in and from the custom-field catalogue,
 * in the spelling of the settings they are written to: a form's mapping says
 * {@code deal.fields.platform}, a bot flow's {@code deal.platform}.
 */
final class FieldTargets {

    /** How a kind of settings names its targets. */
    enum Spelling {
        FORM(List.of("contact.email", "contact.name", "contact.phone", "contact.country", "contact.language",
                "deal.title", "deal.amount", "deal.currency", "deal.products", "deal.responsible"), "contact.fields.", "deal.fields."),
        BOT_FLOW(List.of("contact.name", "contact.email", "contact.phone", "deal.products"), "contact.", "deal.");

        private final List<String> builtIn;
        private final String contactField;
        private final String dealField;

        Spelling(List<String> builtIn, String contactField, String dealField) {
            this.builtIn = builtIn;
            this.contactField = contactField;
            this.dealField = dealField;
        }
    }

    private final Map<String, String> labels = new LinkedHashMap<>();

    private FieldTargets() {
    }

    /** The targets with their labels in the reader's language (translate: a key and its arguments → text). */
    static FieldTargets of(Spelling spelling, CustomFields catalogue, Locale locale, BiFunction<String, Object[], String> translate) {
        FieldTargets targets = new FieldTargets();
        spelling.builtIn.forEach(target -> targets.labels.put(target, translate.apply("sources.target." + target, new Object[0])));
        for (CustomField field : catalogue.all()) {
            String prefix = field.scope() == FieldScope.CONTACT ? spelling.contactField : spelling.dealField;
            targets.labels.putIfAbsent(prefix + field.name(), translate.apply(
                    field.scope() == FieldScope.CONTACT ? "sources.target.contactField" : "sources.target.dealField",
                    new Object[] {field.label(locale)}));
        }
        return targets;
    }

    /** A combo box of these targets that also takes a target typed in (a field not in the catalogue yet). */
    ComboBox<String> comboBox(String label) {
        ComboBox<String> box = new ComboBox<>(label);
        List<String> items = new ArrayList<>(labels.keySet());
        box.setItems(items);
        box.setItemLabelGenerator(this::labelOf);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(typed -> {
            String target = typed.getDetail().strip();
            if (!items.contains(target)) {
                items.add(target);
                box.setItems(items);
            }
            box.setValue(target);
        });
        return box;
    }

    /** Selects the target, adding it when the catalogue lacks it, so loading settings never loses one. */
    static void select(ComboBox<String> box, String target) {
        if (target != null && box.getListDataView().getItems().noneMatch(target::equals)) {
            List<String> items = new ArrayList<>(box.getListDataView().getItems().toList());
            items.add(target);
            box.setItems(items);
        }
        box.setValue(target);
    }

    private String labelOf(String target) {
        return target == null ? "" : labels.getOrDefault(target, target);
    }
}
