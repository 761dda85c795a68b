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

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, Function<DataSubject, String>> exports = new LinkedHashMap<>();
    private final Map<String, Function<DataSubject, String>> erasures = new LinkedHashMap<>();

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
        erases(table, subject -> deleteOrUpdate);
    }

    protected void erases(String table, Function<DataSubject, String> deleteOrUpdate) {
        erasures.put(table, deleteOrUpdate);
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
        erasures.forEach((table, statement) -> counts.put(table, jdbc.update(statement.apply(subject), subject.sqlParameters())));
        return counts;
    }
}
