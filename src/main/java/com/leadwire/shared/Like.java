package com.leadwire.shared;

/** Text searched with SQL {@code LIKE}: its wildcards and the escape character taken literally. */
public final class Like {

    private Like() {
    }

    /** Escapes with backslash, the default escape character of both MariaDB and H2. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
