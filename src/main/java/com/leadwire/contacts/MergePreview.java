package com.leadwire.contacts;

import java.util.List;

/**
 * What merging {@code from} into {@code into} would do, field by field: each field whose values
 * differ, with the side kept unless the admin chooses otherwise (the survivor's value, or the
 * other's where the survivor has none). E-mails, deals, history and consent move to the survivor.
 */
public record MergePreview(ContactView into, ContactView from, List<FieldChoice> fields) {

    public record FieldChoice(String field, String intoValue, String fromValue, MergeSide kept) {
    }
}
