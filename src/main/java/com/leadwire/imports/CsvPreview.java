package com.leadwire.imports;

import java.util.List;

/** A CSV file as the mapping step shows it: its header, its first rows and how many data rows it has. */
public record CsvPreview(List<String> header, List<List<String>> firstRows, int totalRows) {

    public CsvPreview {
        header = List.copyOf(header);
        firstRows = firstRows.stream().map(List::copyOf).toList();
    }
}
