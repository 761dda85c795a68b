package com.leadwire.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.leadwire.shared.CsvCells;

/**
 * The rejected rows of an import as RFC 4180 CSV ({@code row,field,reason}); the reasons quote what
 * the file held, so each cell is made safe for a spreadsheet ({@link CsvCells}).
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
            out.write(rejection.row() + "," + CsvCells.of(rejection.field()) + "," + CsvCells.of(rejection.reason()) + "\r\n");
        }
    }
}
