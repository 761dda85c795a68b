package com.leadwire.shared;

/** A referenced thing (source key, pipeline, stage, deal, contact) does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
