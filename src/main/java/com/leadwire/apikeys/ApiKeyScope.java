package com.leadwire.apikeys;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.leadwire.shared.InvalidInputException;

/**
 * What a key may do, each scope including the ones before it: {@code read} reads, {@code write}
 * also changes deals, contacts and the rest of the data, {@code admin} also manages the team, API
 * keys, rules, the automation switch, source secrets and reads the audit log.
 */
public enum ApiKeyScope {
    READ, WRITE, ADMIN;

    public boolean includes(ApiKeyScope needed) {
        return compareTo(needed) >= 0;
    }

    /** The name in JSON and in messages: {@code read}, {@code write}, {@code admin}. */
    @JsonValue
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ApiKeyScope of(String spelling) {
        for (ApiKeyScope scope : values()) {
            if (scope.spelling().equalsIgnoreCase(spelling == null ? "" : spelling.strip())) {
                return scope;
            }
        }
        throw new InvalidInputException("scope", "scope is one of read, write, admin");
    }
}
