package com.leadwire.imports;

/** A row that was not imported: its spreadsheet row number (the header is row 1), the field at fault, and why. */
public record ImportRejection(int row, String field, String reason) {
}
