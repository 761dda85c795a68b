package com.leadwire.shared;

/** The caller is known but may not do this (e.g. a form posted from a site the form does not allow). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
