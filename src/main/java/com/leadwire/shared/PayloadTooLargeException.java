package com.leadwire.shared;

/** The request body (or one field) is larger than allowed. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
