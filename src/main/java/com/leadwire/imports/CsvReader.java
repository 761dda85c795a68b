package com.leadwire.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of an RFC 4180 CSV file in UTF-8 (optional BOM): quoted fields may hold
 * the delimiter, line breaks and doubled quotes; a quote inside an unquoted field is kept as
 * text. The delimiter is {@code ,} or {@code ;}, whichever the header line has more of outside
 * quotes. Record numbers count like a spreadsheet's rows: the header is row 1. A record longer
 * than {@code maxRecordChars} (usually an unclosed quote) ends the file with an error instead
 * of filling the heap.
 */
final class CsvReader implements Closeable {

    /** The file is not CSV we can read; {@code row} is where that showed. */
    static final class FormatException extends RuntimeException {

        private final boolean binary;

        FormatException(int row, String message) {
            this(row, message, false);
        }

        private FormatException(int row, String message, boolean binary) {
            super("row " + row + ": " + message);
            this.binary = binary;
        }

        /** The file is not text at all. */
        boolean binary() {
            return binary;
        }
    }

    private static final char BOM = '\uFEFF';
    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buffer = new char[BUFFER];
    private int length;
    private int position;
    private boolean eof;
    private final char delimiter;
    private int row;
    private boolean inRecord;
    private int recordChars;

    CsvReader(InputStream bytes, int maxRecordChars) throws IOException {
        this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.maxRecordChars = maxRecordChars;
        fill();
        if (length > 0 && buffer[0] == BOM) {
            position = 1;
        }
        this.delimiter = detectDelimiter();
    }

    char delimiter() {
        return delimiter;
    }

    /** The row number of the record {@link #next()} returned last. */
    int row() {
        return row;
    }

    /** The next record, or null at the end of the file. A blank line is a record of one empty field. */
    List<String> next() throws IOException {
        if (!ensure()) {
            return null;
        }
        row++;
        inRecord = true;
        recordChars = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            boolean endOfRecord = readField(field);
            fields.add(field.toString());
            field.setLength(0);
            if (endOfRecord) {
                inRecord = false;
                return fields;
            }
        }
    }

    /** Reads one field into {@code field}; true when it ended the record (line break or end of file). */
    private boolean readField(StringBuilder field) throws IOException {
        if (ensure() && buffer[position] == '"') {
            position++;
            readQuoted(field);
            if (!ensure()) {
                return true;
            }
            char after = buffer[position++];
            if (after == delimiter) {
                return false;
            }
            if (after == '\n' || after == '\r') {
                skipLineFeedAfter(after);
                return true;
            }
            throw new FormatException(row, "unexpected character '" + after + "' after a closing quote");
        }
        while (ensure()) {
            char c = buffer[position++];
            if (c == delimiter) {
                return false;
            }
            if (c == '\n' || c == '\r') {
                skipLineFeedAfter(c);
                return true;
            }
            append(field, c);
        }
        return true;
    }

    private void readQuoted(StringBuilder field) throws IOException {
        while (ensure()) {
            char c = buffer[position++];
            if (c == '"') {
                if (ensure() && buffer[position] == '"') {
                    position++;
                    append(field, '"');
                } else {
                    return;
                }
            } else {
                append(field, c);
            }
        }
        throw new FormatException(row, "a quoted field is not closed before the end of the file");
    }

    private void append(StringBuilder field, char c) {
        if (c == '\0') {
            throw new FormatException(row, "the file holds binary data (a NUL character), not CSV text", true);
        }
        if (++recordChars > maxRecordChars) {
            throw new FormatException(row, "the row is longer than " + maxRecordChars + " characters (an unclosed quote?)");
        }
        field.append(c);
    }

    private void skipLineFeedAfter(char c) throws IOException {
        if (c == '\r' && ensure() && buffer[position] == '\n') {
            position++;
        }
    }

    /** Counts both candidates on the header line, outside quotes, in what the first buffer holds. */
    private char detectDelimiter() {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = position; i < length; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private boolean ensure() throws IOException {
        if (position < length) {
            return true;
        }
        if (eof) {
            return false;
        }
        fill();
        return position < length;
    }

    private void fill() throws IOException {
        position = 0;
        length = 0;
        try {
            while (length == 0) {
                int read = in.read(buffer, 0, buffer.length);
                if (read < 0) {
                    eof = true;
                    return;
                }
                length = read;
            }
        } catch (CharacterCodingException e) {
            throw new FormatException(inRecord ? row : row + 1, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
