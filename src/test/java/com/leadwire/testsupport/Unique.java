package com.leadwire.testsupport;

import java.util.UUID;

/** Values no other test uses, so tests can share one database. */
public final class Unique {

    private Unique() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String name) {
        return name + "-" + suffix() + "@example.com";
    }

    public static String key(String prefix) {
        return prefix + "-" + suffix();
    }
}
