package com.leadwire.testsupport;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count and a digest of the contents of every table of the app's schema, read from the
 * database's own catalogue (so a table added by a new migration is covered without naming it).
 * Two snapshots of an untouched database are equal; an insert, delete or update shows.
 *
 * @param rows     row count by table
 * @param contents an order-independent digest of all values by table, for the tables whose
 *                 contents are compared
 */
public record TableSnapshot(Map<String, Long> rows, Map<String, Long> contents) {

    /**
     * @param rewrittenInBackground tables a background loop updates in place (e.g. the outbox
     *                              delivery marking rows sent): their rows are counted, their
     *                              contents not compared
     */
    public static TableSnapshot of(JdbcTemplate jdbc, Set<String> rewrittenInBackground) {
        Map<String, Long> rows = new TreeMap<>();
        Map<String, Long> contents = new TreeMap<>();
        for (String table : tables(jdbc)) {
            if (rewrittenInBackground.contains(table)) {
                rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
                continue;
            }
            long[] countAndDigest = new long[2];
            jdbc.query("SELECT * FROM " + table, (ResultSet rs) -> {
                countAndDigest[0]++;
                countAndDigest[1] += rowDigest(rs);
            });
            rows.put(table, countAndDigest[0]);
            contents.put(table, countAndDigest[1]);
        }
        return new TableSnapshot(rows, contents);
    }

    /** What differs in {@code later}: "deal: 10 → 11 rows", "contact: contents changed". */
    public List<String> changesIn(TableSnapshot later) {
        List<String> changes = new ArrayList<>();
        later.rows.forEach((table, count) -> {
            Long before = rows.get(table);
            if (!count.equals(before)) {
                changes.add(table + ": " + before + " → " + count + " rows");
            } else if (contents.containsKey(table) && !contents.get(table).equals(later.contents.get(table))) {
                changes.add(table + ": contents changed");
            }
        });
        rows.keySet().stream().filter(table -> !later.rows.containsKey(table)).forEach(table -> changes.add(table + ": dropped"));
        return changes;
    }

    /** Every base table of the connection's database/schema, lower-case (both H2 and MariaDB are case-insensitive here). */
    public static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return tables;
        });
    }

    private static long rowDigest(ResultSet rs) throws java.sql.SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        long hash = 1125899906842597L;
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String value = rs.getString(column);
            hash = 31 * hash + (value == null ? 0 : value.hashCode());
            hash = 31 * hash + column;
        }
        // a 64-bit finaliser, so that summing the rows' digests does not cancel out simple changes
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
