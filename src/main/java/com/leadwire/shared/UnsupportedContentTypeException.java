package com.leadwire.shared;

/** The request's content type is not one this endpoint reads. */
public class UnsupportedContentTypeException extends RuntimeException {

    public UnsupportedContentTypeException(String message) {
        super(message);
    }
}
