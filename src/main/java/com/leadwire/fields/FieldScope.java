package com.leadwire.fields;

/** What a custom field belongs to. */
public enum FieldScope {
    DEAL, CONTACT
}
