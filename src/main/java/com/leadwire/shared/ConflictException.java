package com.leadwire.shared;

/** The request is valid but clashes with the current state (e.g. the deal moved meanwhile). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
