package com.leadwire.admin.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.FieldScope;
import com.leadwire.imports.ImportTargets;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * What a CSV column can be imported as, labelled in the reader's language: the built-in contact
 * and deal targets, then the catalogue's deal and contact fields. A column's header suggests its
 * target when it names one (its key, its label or a usual synonym, in either language).
 */
final class ImportTargetChoices {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"));

    private final Map<String, String> labelByTarget = new LinkedHashMap<>();
    private final Map<String, String> targetByName = new HashMap<>();

    ImportTargetChoices(List<CustomField> fields, Locale locale) {
        for (String target : builtIn()) {
            labelByTarget.put(target, I18NProvider.translate(locale, "imports.target." + target));
            if (!ImportTargets.IGNORE.equals(target)) {
                suggest(target, target);
                suggest(target, target.substring(target.indexOf('.') + 1));
                LANGUAGES.forEach(language -> {
                    suggest(target, I18NProvider.translate(language, "imports.target." + target));
                    Arrays.stream(I18NProvider.translate(language, "imports.guess." + target).split(","))
                            .forEach(name -> suggest(target, name));
                });
            }
        }
        for (CustomField field : fields) {
            boolean deal = field.scope() == FieldScope.DEAL;
            String target = (deal ? ImportTargets.DEAL_FIELD : ImportTargets.CONTACT_FIELD) + field.name();
            labelByTarget.put(target, I18NProvider.translate(locale, deal ? "imports.target.dealField" : "imports.target.contactField",
                    field.label(locale)));
            suggest(target, field.name());
            LANGUAGES.forEach(language -> suggest(target, field.label(language)));
        }
    }

    private static List<String> builtIn() {
        List<String> targets = new ArrayList<>(ImportTargets.CONTACT);
        targets.addAll(ImportTargets.DEAL);
        targets.add(ImportTargets.IGNORE);
        return targets;
    }

    /** The first target to claim a name keeps it: built-in targets before custom fields. */
    private void suggest(String target, String name) {
        targetByName.putIfAbsent(normalised(name), target);
    }

    List<String> targets() {
        return List.copyOf(labelByTarget.keySet());
    }

    String label(String target) {
        return labelByTarget.getOrDefault(target, target);
    }

    /** The target the header names, else {@code ignore}. */
    String guess(String header) {
        String name = normalised(header);
        return name.isEmpty() ? ImportTargets.IGNORE : targetByName.getOrDefault(name, ImportTargets.IGNORE);
    }

    /** "E-mail ", "e_mail" and "EMAIL" alike; "País" and "Pais" alike. */
    private static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
