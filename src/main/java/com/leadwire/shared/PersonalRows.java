package com.leadwire.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A module's {@link PersonalData} as SQL over its own tables: a SELECT per export section and a
 * DELETE or anonymising UPDATE per table, run in the order declared, with the named parameters of
 * {@link DataSubject#sqlParameters()}. A statement that depends on the subject (its e-mails) is
 * given as a function of it.
 */
public abstract class PersonalRows implements PersonalData {

    /** How one table is erased: its statement, or the ids to change found first and the change by {@code :ids}. */
    private record Erasure(Function<DataSubject, String> selectIds, Function<DataSubject, String> change) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, Function<DataSubject, String>> exports = new LinkedHashMap<>();
    private final Map<String, Erasure> erasures = new LinkedHashMap<>();

    protected PersonalRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    protected void exports(String section, String select) {
        exports(section, subject -> select);
    }

    protected void exports(String section, Function<DataSubject, String> select) {
        exports.put(section, select);
    }

    protected void erases(String table, String deleteOrUpdate) {
        erasures.put(table, new Erasure(null, subject -> deleteOrUpdate));
    }

    /**
     * For a table whose rows of the person are found by a scan (no index serves the condition): the
     * ids are read first, a plain read that locks nothing, and only those rows are changed, by
     * {@code changeByIds} with {@code :ids}. Changing them by the scan itself would lock every row it
     * passes until the erasure commits, and hold up the intake writing that table meanwhile.
     */
    protected void erasesFound(String table, Function<DataSubject, String> selectIds, String changeByIds) {
        erasures.put(table, new Erasure(selectIds, subject -> changeByIds));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        exports.forEach((section, select) -> sections.put(section, jdbc.queryForList(select.apply(subject), subject.sqlParameters())));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        erasures.forEach((table, erasure) -> counts.put(table, erase(erasure, subject)));
        return counts;
    }

    private int erase(Erasure erasure, DataSubject subject) {
        if (erasure.selectIds() == null) {
            return jdbc.update(erasure.change().apply(subject), subject.sqlParameters());
        }
        List<Long> ids = jdbc.queryForList(erasure.selectIds().apply(subject), subject.sqlParameters(), Long.class);
        return ids.isEmpty() ? 0 : jdbc.update(erasure.change().apply(subject), Map.of("ids", ids));
    }
}
