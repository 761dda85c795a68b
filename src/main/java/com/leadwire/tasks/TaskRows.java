package com.leadwire.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.SequenceIds;

/** The {@code task} rows. */
@Repository
class TaskRows {

    private static final String COLUMNS = "id, deal_id, title, due_at, owner_user_id, created_by, created_at, done_at, done_by, reminder, reminded_at";

    /** A stored task, before the names of its deal and owner are looked up. */
    record Row(long id, long dealId, String title, Instant dueAt, long ownerUserId, String createdBy, Instant createdAt, Instant doneAt,
               String doneBy, TaskView.Reminder reminder, Instant remindedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    TaskRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    long insert(long dealId, String title, Instant dueAt, long ownerUserId, String createdBy, Instant now) {
        long id = ids.next("task_seq");
        jdbc.update("""
                INSERT INTO task (id, deal_id, title, due_at, owner_user_id, created_by, created_at)
                VALUES (:id, :deal, :title, :due, :owner, :by, :now)""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("deal", dealId)
                .addValue("title", title)
                .addValue("due", Timestamp.from(dueAt))
                .addValue("owner", ownerUserId)
                .addValue("by", createdBy.length() <= 200 ? createdBy : createdBy.substring(0, 200))
                .addValue("now", Timestamp.from(now)));
        return id;
    }

    Optional<Row> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM task WHERE id = :id", Map.of("id", id), TaskRows::row).stream().findFirst();
    }

    List<Row> ofDeal(long dealId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM task WHERE deal_id = :deal ORDER BY done_at IS NOT NULL, due_at, id",
                Map.of("deal", dealId), TaskRows::row);
    }

    /** The owner's open tasks due before {@code before}, soonest first (by ix_task_owner_open). */
    List<Row> openOf(long ownerUserId, Instant before) {
        return jdbc.query("""
                SELECT %s FROM task WHERE owner_user_id = :owner AND done_at IS NULL AND due_at < :before
                ORDER BY due_at, id""".formatted(COLUMNS), Map.of("owner", ownerUserId, "before", Timestamp.from(before)), TaskRows::row);
    }

    /** False when the task was done already. */
    boolean markDone(long id, String by, Instant now) {
        return jdbc.update("UPDATE task SET done_at = :now, done_by = :by WHERE id = :id AND done_at IS NULL",
                new MapSqlParameterSource("id", id).addValue("by", by.length() <= 200 ? by : by.substring(0, 200))
                        .addValue("now", Timestamp.from(now))) == 1;
    }

    void markReminded(long id, TaskView.Reminder reminder, Instant now) {
        jdbc.update("UPDATE task SET reminder = :reminder, reminded_at = :now WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("reminder", reminder.name()).addValue("now", Timestamp.from(now)));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String reminder = rs.getString("reminder");
        return new Row(rs.getLong("id"), rs.getLong("deal_id"), rs.getString("title"), rs.getTimestamp("due_at").toInstant(),
                rs.getLong("owner_user_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), instant(rs, "done_at"),
                rs.getString("done_by"), reminder == null ? null : TaskView.Reminder.valueOf(reminder), instant(rs, "reminded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
