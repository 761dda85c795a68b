package com.leadwire.shared;

/** A service outside Leadwire that an event needs (a provider's API) cannot answer now; the caller should retry. */
public class UpstreamUnavailableException extends RuntimeException {

    public UpstreamUnavailableException(String message) {
        super(message);
    }

    public UpstreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
