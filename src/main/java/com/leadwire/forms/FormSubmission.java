package com.leadwire.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of one submission as sent: name → values (repeated fields keep every value, in order). */
record FormSubmission(Map<String, List<String>> values) {

    FormSubmission {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        values = Collections.unmodifiableMap(copy);
    }

    /** The non-blank values of a field, stripped. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** The field's values joined by ", ", or null when it has none. */
    String text(String name) {
        List<String> all = all(name);
        return all.isEmpty() ? null : String.join(", ", all);
    }

    boolean isFilled(String name) {
        return !all(name).isEmpty();
    }
}
