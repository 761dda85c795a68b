package com.leadwire.automation.sequences;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a follow-up's e-mail step, {@code follow-up-<id>:step-<n>}: the key of its timer and
 * of its outbox message alike, so the step is found from either. A step held back by the sending
 * hours or the daily cap has a timer of its own, {@code follow-up-<id>:step-<n>:held-<until in epoch ms>}
 * ({@code held}); its outbox message keeps the step's key.
 */
record StepKey(long followUpId, int step, boolean held) {

    private static final Pattern KEY = Pattern.compile("follow-up-(\\d+):step-(\\d)(:held-\\d+)?");

    static String of(long followUpId, int step) {
        return "follow-up-" + followUpId + ":step-" + step;
    }

    static String heldUntil(long followUpId, int step, long untilEpochMilli) {
        return of(followUpId, step) + ":held-" + untilEpochMilli;
    }

    static Optional<StepKey> parse(String key) {
        Matcher matcher = key == null ? null : KEY.matcher(key);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StepKey(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)), matcher.group(3) != null));
    }

    @Override
    public String toString() {
        return of(followUpId, step);
    }
}
