package com.leadwire.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.SequenceIds;

/** The {@code deal_message} rows: the relayed conversation between a prospect and the deal's rep. */
@Component
class DealMessageRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    DealMessageRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** A prospect message, or a rep reply, as stored; {@code repChatId} is where a prospect message is relayed. */
    record Entry(long dealId, DealMessageView.Direction direction, long prospectChatId, Long repUserId, Long repChatId, String text) {
    }

    long insert(Entry entry) {
        long id = ids.next("deal_message_seq");
        jdbc.update("""
                INSERT INTO deal_message (id, deal_id, direction, prospect_chat_id, rep_user_id, rep_chat_id, text, created_at)
                VALUES (:id, :deal, :direction, :prospect, :repUser, :repChat, :text, :now)""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("deal", entry.dealId())
                .addValue("direction", entry.direction().name())
                .addValue("prospect", entry.prospectChatId())
                .addValue("repUser", entry.repUserId())
                .addValue("repChat", entry.repChatId())
                .addValue("text", entry.text())
                .addValue("now", Timestamp.from(Instant.now())));
        return id;
    }

    void recordRelayedCopy(long dealMessageId, long repChatId, long repMessageId) {
        jdbc.update("UPDATE deal_message SET rep_chat_id = :chat, rep_message_id = :message WHERE id = :id",
                Map.of("chat", repChatId, "message", repMessageId, "id", dealMessageId));
    }

    /** The prospect message whose relayed copy in this rep chat has this message id. */
    Optional<Entry> relayedAs(long repChatId, long repMessageId) {
        return jdbc.query("""
                SELECT deal_id, prospect_chat_id, rep_user_id, text FROM deal_message
                WHERE rep_chat_id = :chat AND rep_message_id = :message AND direction = 'IN'""",
                Map.of("chat", repChatId, "message", repMessageId), (rs, row) -> {
                    long user = rs.getLong("rep_user_id");
                    return new Entry(rs.getLong("deal_id"), DealMessageView.Direction.IN, rs.getLong("prospect_chat_id"),
                            rs.wasNull() ? null : user, repChatId, rs.getString("text"));
                }).stream().findFirst();
    }

    List<DealMessageView> of(long dealId) {
        return jdbc.query("""
                SELECT id, deal_id, direction, rep_user_id, text, created_at FROM deal_message
                WHERE deal_id = :deal ORDER BY created_at, id""", Map.of("deal", dealId), DealMessageRows::view);
    }

    Optional<DealMessageView> byId(long id) {
        return jdbc.query("SELECT id, deal_id, direction, rep_user_id, text, created_at FROM deal_message WHERE id = :id",
                Map.of("id", id), DealMessageRows::view).stream().findFirst();
    }

    /** The chat the deal's prospect last wrote from. */
    Optional<Long> prospectChatOf(long dealId) {
        return jdbc.queryForList("""
                SELECT prospect_chat_id FROM deal_message WHERE deal_id = :deal AND direction = 'IN'
                ORDER BY created_at DESC, id DESC LIMIT 1""", Map.of("deal", dealId), Long.class).stream().findFirst();
    }

    private static DealMessageView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DealMessageView(rs.getLong("id"), rs.getLong("deal_id"), DealMessageView.Direction.valueOf(rs.getString("direction")),
                rs.getObject("rep_user_id", Long.class), rs.getString("text"), rs.getTimestamp("created_at").toInstant());
    }
}
