package com.leadwire.forms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.leadwire.pipeline.SourceKind;

/** {@code /api/v1/intake/forms/{key}} or {@code /api/v1/intake/popups/{key}}: which kind of source, which key. */
record FormPath(SourceKind kind, String key) {

    private static final Pattern INTAKE_PATH = Pattern.compile("/api/v1/intake/(forms|popups)/([^/]+)");

    /** From the raw request URI: keys are plain a-z0-9_- and never taken from the body or the query. */
    static Optional<FormPath> of(String requestUri) {
        Matcher path = INTAKE_PATH.matcher(requestUri);
        if (!path.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FormPath(path.group(1).equals("popups") ? SourceKind.POPUP : SourceKind.FORM, path.group(2)));
    }
}
