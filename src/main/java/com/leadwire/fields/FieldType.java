package com.leadwire.fields;

/** The kind of value a custom field holds. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE
}
