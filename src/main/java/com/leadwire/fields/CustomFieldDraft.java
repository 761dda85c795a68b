package com.leadwire.fields;

import java.util.List;

/** What an admin or integrator sends to create or change a custom field. */
public record CustomFieldDraft(FieldScope scope, String name, FieldType type, List<String> options, String labelEn,
        String labelPt, Integer position) {
}
