package com.leadwire.shared;

/** The request body cannot be read as the declared format (bad JSON, bad form encoding). */
public class MalformedInputException extends RuntimeException {

    public MalformedInputException(String message) {
        super(message);
    }
}
