package com.leadwire.admin.shell;

import java.util.Locale;
import java.util.UUID;

/** The short reference a person is shown with an error, and finds again in the one log line about it. */
final class ErrorReference {

    private ErrorReference() {
    }

    static String next() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
