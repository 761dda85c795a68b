package com.leadwire.shared;

/** The caller sent something we cannot accept (a 4xx at the edge); nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
