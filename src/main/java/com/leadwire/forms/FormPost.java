package com.leadwire.forms;

import java.util.Locale;

/**
 * One HTTP post to a form or pop-up endpoint, as read off the wire. Headers come from the HTTP
 * request itself, never from the body's fields.
 */
record FormPost(String sourceKey, String contentType, String accept, String origin, String idempotencyKey,
                String clientAddress, byte[] body) {

    /** A browser posting a plain HTML form wants a page back, a script wants JSON. */
    boolean wantsPage() {
        return SubmissionReader.isUrlEncoded(contentType) && (accept == null || !accept.toLowerCase(Locale.ROOT).contains("json"));
    }
}
