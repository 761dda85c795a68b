package com.leadwire.contacts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which contact of a merge a field's value comes from: {@code into} (the survivor) or {@code from}. */
public enum MergeSide {
    INTO, FROM;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
