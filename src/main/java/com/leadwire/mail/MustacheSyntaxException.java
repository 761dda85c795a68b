package com.leadwire.mail;

import com.leadwire.shared.InvalidInputException;

/** A template part that is not valid Mustache; {@link #mustacheError()} says where, in Mustache's words. */
public class MustacheSyntaxException extends InvalidInputException {

    private final String mustacheError;

    MustacheSyntaxException(String field, String mustacheError) {
        super(field, field + " is not a valid Mustache template: " + mustacheError);
        this.mustacheError = mustacheError;
    }

    public String mustacheError() {
        return mustacheError;
    }
}
