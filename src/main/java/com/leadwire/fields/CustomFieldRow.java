package com.leadwire.fields;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "custom_field")
class CustomFieldRow {

    /** Options are kept one per line: an option cannot contain a line break (the check refuses it). */
    private static final String OPTION_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
    @SequenceGenerator(name = "custom_field_seq", sequenceName = "custom_field_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FieldScope scope;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false)
    private FieldType type;

    @Column(columnDefinition = "LONGTEXT")
    private String options;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_pt", nullable = false)
    private String labelPt;

    @Column(nullable = false)
    private int position;

    protected CustomFieldRow() {
    }

    CustomFieldRow(CustomFieldDraft draft, int position) {
        this.scope = draft.scope();
        this.name = draft.name();
        change(draft, position);
    }

    void change(CustomFieldDraft draft, int position) {
        this.type = draft.type();
        this.options = draft.type() == FieldType.CHOICE ? String.join(OPTION_SEPARATOR, draft.options()) : null;
        this.labelEn = draft.labelEn();
        this.labelPt = draft.labelPt();
        this.position = position;
    }

    Long id() {
        return id;
    }

    void placeAt(int position) {
        this.position = position;
    }

    int position() {
        return position;
    }

    CustomField toField() {
        List<String> choices = options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split(OPTION_SEPARATOR));
        return new CustomField(id, scope, name, type, choices, labelEn, labelPt, position);
    }
}
