package com.leadwire.shared;

/** A webhook's signature is missing, wrong or too old; nothing was stored. */
public class SignatureRejectedException extends RuntimeException {

    public SignatureRejectedException(String message) {
        // no stack trace: an expected answer (401), and a flood of forged callbacks makes one per request
        super(message, null, false, false);
    }
}
