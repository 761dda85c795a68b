package com.leadwire.shared;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Collection;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The rows of a batch insert, ordered so that rows with nulls in the same columns stand together.
 * MariaDB Connector/J sends a batch as bulk packets and starts a new packet, one more statement
 * on the server, wherever a column turns from null to a value; a batch whose rows alternate (a
 * rep's e-mail without a tally, the contact's with one) then costs a statement per row. Grouped,
 * it costs one per kind of row. Rows keep their order within a group.
 */
public final class BulkRows {

    private BulkRows() {
    }

    public static MapSqlParameterSource[] nullsTogether(Collection<MapSqlParameterSource> rows) {
        return rows.stream().map(row -> new Keyed(nullColumns(row), row))
                .sorted(Comparator.comparing(Keyed::nulls, BulkRows::compare))
                .map(Keyed::row)
                .toArray(MapSqlParameterSource[]::new);
    }

    /** {@link #nullsTogether(Collection)} as the end of a stream of rows. */
    public static Collector<MapSqlParameterSource, ?, MapSqlParameterSource[]> nullsTogether() {
        return Collectors.collectingAndThen(Collectors.toList(), BulkRows::nullsTogether);
    }

    private record Keyed(BitSet nulls, MapSqlParameterSource row) {
    }

    private static BitSet nullColumns(MapSqlParameterSource row) {
        BitSet nulls = new BitSet();
        String[] names = row.getParameterNames();
        for (int i = 0; i < names.length; i++) {
            if (row.getValue(names[i]) == null) {
                nulls.set(i);
            }
        }
        return nulls;
    }

    private static int compare(BitSet a, BitSet b) {
        if (a.equals(b)) {
            return 0;
        }
        BitSet differ = (BitSet) a.clone();
        differ.xor(b);
        int first = differ.nextSetBit(0);
        return a.get(first) ? 1 : -1;
    }
}
