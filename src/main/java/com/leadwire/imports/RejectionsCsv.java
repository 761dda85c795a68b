package com.leadwire.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The rejected rows of an import as RFC 4180 CSV ({@code row,field,reason}). A value a spreadsheet
 * would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, since reasons quote what the file held.
 */
final class RejectionsCsv {

    static final String HEADER = "row,field,reason";

    private RejectionsCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(HEADER + "\r\n");
    }

    static void write(Writer out, List<ImportRejection> rejections) throws IOException {
        for (ImportRejection rejection : rejections) {
            out.write(rejection.row() + "," + cell(rejection.field()) + "," + cell(rejection.reason()) + "\r\n");
        }
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
