package com.leadwire.shared;

/** A webhook's signature is missing, wrong or too old; nothing was stored. */
public class SignatureRejectedException extends RuntimeException {

    public SignatureRejectedException(String message) {
        super(message);
    }
}
