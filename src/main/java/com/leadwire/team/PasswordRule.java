package com.leadwire.team;

import java.nio.charset.StandardCharsets;

import com.leadwire.shared.InvalidInputException;

/** What a password people choose must be: long enough to resist guessing, short enough for bcrypt (72 bytes). */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    private static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, "A password has at least " + MIN_LENGTH + " characters and at most "
                    + MAX_BYTES + " bytes (72 plain letters and digits, fewer with accents or emoji).");
        }
    }
}
