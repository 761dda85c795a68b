package com.leadwire.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The custom-field catalogue: the deal and contact fields that forms, rules, imports and the
 * deal page offer, with their type, a choice's options and labels in English and Portuguese.
 */
@RestController
@RequestMapping("/api/v1/fields")
@Tag(name = "Custom fields")
class FieldsController {

    private final CustomFields fields;

    FieldsController(CustomFields fields) {
        this.fields = fields;
    }

    record FieldJson(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
                     @Schema(description = "DEAL or CONTACT; cannot change") FieldScope scope,
                     @Schema(description = "the key values are stored under, e.g. platform: a lower-case letter, then up to 59 "
                             + "lower-case letters, digits or underscores; cannot change") String name,
                     @Schema(description = "TEXT, NUMBER, DATE (yyyy-MM-dd) or CHOICE") FieldType type,
                     @Schema(description = "a CHOICE's options in display order (each once, one line); empty for other types")
                     List<String> options,
                     String labelEn,
                     String labelPt,
                     @Schema(description = "place among the fields of its scope, from 0; omitted: last on creation, unchanged on change")
                     Integer position) {

        static FieldJson of(CustomField field) {
            return new FieldJson(field.id(), field.scope(), field.name(), field.type(), field.options(), field.labelEn(),
                    field.labelPt(), field.position());
        }

        CustomFieldDraft draft() {
            return new CustomFieldDraft(scope, name, type, options, labelEn, labelPt, position);
        }
    }

    @GetMapping
    @Operation(summary = "All custom fields: deal fields, then contact fields, each in their order")
    List<FieldJson> all() {
        return fields.all().stream().map(FieldJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One custom field")
    FieldJson byId(@PathVariable long id) {
        return FieldJson.of(fields.find(id).orElseThrow(() -> new NotFoundException("There is no custom field " + id + ".")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a custom field; 409 when its scope already has a field of that name, 422 naming the part that is "
            + "wrong (e.g. a CHOICE without options)")
    FieldJson create(@RequestBody FieldJson field) {
        return FieldJson.of(fields.create(required(field).draft()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a field's type, options, labels and position; its scope and name stay (values are stored under "
            + "them): sending others is a 422. Values already stored keep their text.")
    FieldJson update(@PathVariable long id, @RequestBody FieldJson field) {
        return FieldJson.of(fields.change(id, required(field).draft()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a field from the catalogue; values already stored on deals and contacts under its name stay")
    void delete(@PathVariable long id) {
        fields.delete(id);
    }

    private static FieldJson required(FieldJson field) {
        if (field == null) {
            throw new InvalidInputException("body", "a field is required");
        }
        return field;
    }
}
