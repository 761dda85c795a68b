package com.leadwire.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * The custom-field catalogue: what the panel's field editor and {@code /api/v1/fields} both use,
 * and the check of a value against its field that forms, rules, imports and the deal page call.
 */
@Service
public class CustomFields {

    private static final Logger log = LoggerFactory.getLogger(CustomFields.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final int MAX_LABEL = 200;
    private static final int MAX_OPTION = 200;
    private static final int MAX_OPTIONS = 200;

    private final CustomFieldRepository rows;

    CustomFields(CustomFieldRepository rows) {
        this.rows = rows;
    }

    /** Every field, deal fields first, each scope in its order. */
    @Transactional(readOnly = true)
    public List<CustomField> all() {
        return rows.findAllByOrderByScopeAscPositionAscIdAsc().stream().map(CustomFieldRow::toField).toList();
    }

    @Transactional(readOnly = true)
    public List<CustomField> of(FieldScope scope) {
        return rows.findAllByScopeOrderByPositionAscIdAsc(scope).stream().map(CustomFieldRow::toField).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CustomField> find(FieldScope scope, String name) {
        return of(scope).stream().filter(field -> field.name().equals(name)).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<CustomField> find(long id) {
        return rows.findById(id).map(CustomFieldRow::toField);
    }

    /**
     * A value for the field {@code name}, as the field stores it ({@link CustomField#normalised}); a
     * name the catalogue does not know is free text and comes back as it was given.
     *
     * @throws InvalidInputException naming the field, when the value does not fit its type
     */
    @Transactional(readOnly = true)
    public String check(FieldScope scope, String name, String value) {
        return find(scope, name).map(field -> field.normalised(value)).orElse(value);
    }

    @Transactional
    public CustomField create(CustomFieldDraft draft) {
        CustomFieldDraft field = checked(draft);
        if (rows.existsByScopeAndName(field.scope(), field.name())) {
            throw duplicate(field);
        }
        int position = field.position() != null ? field.position() : rows.findAllByScopeOrderByPositionAscIdAsc(field.scope()).size();
        CustomFieldRow row;
        try {
            row = rows.saveAndFlush(new CustomFieldRow(field, position));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw duplicate(field);
        }
        log.info("Custom field {} created: {} {} ({})", row.id(), field.scope(), field.name(), field.type());
        return row.toField();
    }

    /** Changes type, options, labels and position; the scope and name stay, as stored values are keyed by them. */
    @Transactional
    public CustomField change(long id, CustomFieldDraft draft) {
        CustomFieldRow row = existing(id);
        CustomField current = row.toField();
        if (draft.scope() != null && draft.scope() != current.scope()) {
            throw new InvalidInputException("scope", "The scope of a field cannot change; create a new field instead.");
        }
        if (draft.name() != null && !draft.name().strip().equals(current.name())) {
            throw new InvalidInputException("name", "The name of a field cannot change, as stored values are kept under it; "
                    + "create a new field instead.");
        }
        CustomFieldDraft field = checked(new CustomFieldDraft(current.scope(), current.name(), draft.type(), draft.options(),
                draft.labelEn(), draft.labelPt(), draft.position()));
        row.change(field, field.position() != null ? field.position() : row.position());
        log.info("Custom field {} changed: {} {} ({})", id, current.scope(), current.name(), field.type());
        return row.toField();
    }

    /** Moves a field up ({@code -1}) or down ({@code 1}) among the fields of its scope; at either end it stays. */
    @Transactional
    public List<CustomField> move(long id, int by) {
        CustomField moved = existing(id).toField();
        List<CustomFieldRow> order = new ArrayList<>(rows.findAllByScopeOrderByPositionAscIdAsc(moved.scope()));
        int from = order.stream().map(CustomFieldRow::id).toList().indexOf(id);
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        order.add(to, order.remove(from));
        for (int i = 0; i < order.size(); i++) {
            order.get(i).placeAt(i);
        }
        log.info("Custom field {} moved from place {} to {} among the {} fields", id, from + 1, to + 1, moved.scope());
        return order.stream().map(CustomFieldRow::toField).toList();
    }

    /** Deletes the field from the catalogue; values already stored under its name on deals and contacts stay. */
    @Transactional
    public void delete(long id) {
        CustomField field = existing(id).toField();
        rows.deleteById(id);
        log.info("Custom field {} deleted: {} {}; values already stored on deals and contacts stay", id, field.scope(), field.name());
    }

    private CustomFieldRow existing(long id) {
        return rows.findById(id).orElseThrow(() -> new NotFoundException("There is no custom field " + id + "."));
    }

    private static ConflictException duplicate(CustomFieldDraft field) {
        return new ConflictException("There is already a " + field.scope().name().toLowerCase() + " field named " + field.name() + ".");
    }

    /** The draft checked, with names, labels and options stripped of surrounding blanks. */
    private static CustomFieldDraft checked(CustomFieldDraft draft) {
        if (draft.scope() == null) {
            throw new InvalidInputException("scope", "Choose whether the field belongs to deals or contacts (DEAL or CONTACT).");
        }
        String name = draft.name() == null ? null : draft.name().strip();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "A field name starts with a lower-case letter and has up to 60 lower-case letters, "
                    + "digits or underscores.");
        }
        if (draft.type() == null) {
            throw new InvalidInputException("type", "Choose a type: TEXT, NUMBER, DATE or CHOICE.");
        }
        String labelEn = label("labelEn", draft.labelEn());
        String labelPt = label("labelPt", draft.labelPt());
        if (draft.position() != null && draft.position() < 0) {
            throw new InvalidInputException("position", "A position is 0 or more.");
        }
        List<String> options = draft.options() == null ? List.of() : draft.options();
        if (draft.type() != FieldType.CHOICE && !options.isEmpty()) {
            throw new InvalidInputException("options", "Only a choice field has options.");
        }
        if (draft.type() == FieldType.CHOICE) {
            options = choices(options);
        }
        return new CustomFieldDraft(draft.scope(), name, draft.type(), options, labelEn, labelPt, draft.position());
    }

    private static List<String> choices(List<String> options) {
        if (options.isEmpty()) {
            throw new InvalidInputException("options", "A choice field needs at least one option.");
        }
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("options", "A choice field has at most " + MAX_OPTIONS + " options.");
        }
        if (options.stream().anyMatch(option -> option == null || option.isBlank() || option.strip().length() > MAX_OPTION
                || option.contains("\n") || option.contains("\r"))) {
            throw new InvalidInputException("options", "Each option is one line of up to " + MAX_OPTION + " characters.");
        }
        List<String> stripped = options.stream().map(String::strip).toList();
        // values are matched ignoring case, so two options may not differ only in case
        if (stripped.stream().map(option -> option.toLowerCase(Locale.ROOT)).distinct().count() != stripped.size()) {
            throw new InvalidInputException("options", "Each option can appear only once.");
        }
        return stripped;
    }

    private static String label(String field, String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw new InvalidInputException(field, "Write a label of up to " + MAX_LABEL + " characters.");
        }
        return label.strip();
    }
}
