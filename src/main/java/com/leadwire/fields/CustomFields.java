package com.leadwire.fields;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/** The custom-field catalogue: what the panel's field editor and {@code /api/v1/fields} both use. */
@Service
public class CustomFields {

    private static final Logger log = LoggerFactory.getLogger(CustomFields.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final int MAX_LABEL = 200;
    private static final int MAX_OPTION = 200;

    private final CustomFieldRepository rows;

    CustomFields(CustomFieldRepository rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public List<CustomField> all() {
        return rows.findAllByOrderByScopeAscPositionAscIdAsc().stream().map(CustomFieldRow::toField).toList();
    }

    @Transactional(readOnly = true)
    public List<CustomField> of(FieldScope scope) {
        return all().stream().filter(field -> field.scope() == scope).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CustomField> find(FieldScope scope, String name) {
        return of(scope).stream().filter(field -> field.name().equals(name)).findFirst();
    }

    @Transactional
    public CustomField create(CustomFieldDraft draft) {
        check(draft);
        if (rows.existsByScopeAndName(draft.scope(), draft.name())) {
            throw new ConflictException("There is already a " + draft.scope().name().toLowerCase() + " field named " + draft.name() + ".");
        }
        int position = draft.position() != null ? draft.position() : of(draft.scope()).size();
        CustomFieldRow row = rows.save(new CustomFieldRow(draft, position));
        log.info("custom field {} created: {} {} ({})", row.id(), draft.scope(), draft.name(), draft.type());
        return row.toField();
    }

    /** Changes type, options, labels and position; the scope and name stay, as stored values are keyed by them. */
    @Transactional
    public CustomField change(long id, CustomFieldDraft draft) {
        CustomFieldRow row = rows.findById(id).orElseThrow(() -> new NotFoundException("There is no custom field " + id + "."));
        CustomField current = row.toField();
        if (draft.scope() != null && draft.scope() != current.scope() || draft.name() != null && !draft.name().equals(current.name())) {
            throw new InvalidInputException("name", "The scope and name of a field cannot change; create a new field instead.");
        }
        CustomFieldDraft complete = new CustomFieldDraft(current.scope(), current.name(), draft.type(), draft.options(),
                draft.labelEn(), draft.labelPt(), draft.position());
        check(complete);
        row.change(complete, draft.position() != null ? draft.position() : row.position());
        log.info("custom field {} changed: {} {}", id, current.scope(), current.name());
        return row.toField();
    }

    @Transactional
    public void delete(long id) {
        CustomFieldRow row = rows.findById(id).orElseThrow(() -> new NotFoundException("There is no custom field " + id + "."));
        rows.delete(row);
        log.info("custom field {} deleted; values already stored on deals and contacts stay", id);
    }

    private static void check(CustomFieldDraft draft) {
        if (draft.scope() == null) {
            throw new InvalidInputException("scope", "Choose whether the field belongs to deals or contacts (DEAL or CONTACT).");
        }
        if (draft.name() == null || !NAME.matcher(draft.name()).matches()) {
            throw new InvalidInputException("name", "A field name starts with a lower-case letter and has up to 60 lower-case letters, digits or underscores.");
        }
        if (draft.type() == null) {
            throw new InvalidInputException("type", "Choose a type: TEXT, NUMBER, DATE or CHOICE.");
        }
        checkLabel("labelEn", draft.labelEn());
        checkLabel("labelPt", draft.labelPt());
        List<String> options = draft.options() == null ? List.of() : draft.options();
        if (draft.type() == FieldType.CHOICE) {
            if (options.isEmpty()) {
                throw new InvalidInputException("options", "A choice field needs at least one option.");
            }
            if (options.stream().anyMatch(option -> option == null || option.isBlank() || option.length() > MAX_OPTION
                    || option.contains("\n") || option.contains("\r"))) {
                throw new InvalidInputException("options", "Each option is one line of up to " + MAX_OPTION + " characters.");
            }
            if (options.stream().distinct().count() != options.size()) {
                throw new InvalidInputException("options", "Each option can appear only once.");
            }
        } else if (!options.isEmpty()) {
            throw new InvalidInputException("options", "Only a choice field has options.");
        }
    }

    private static void checkLabel(String field, String label) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            throw new InvalidInputException(field, "Write a label of up to " + MAX_LABEL + " characters.");
        }
    }
}
