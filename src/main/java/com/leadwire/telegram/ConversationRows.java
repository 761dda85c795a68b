package com.leadwire.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.JsonFields;

/** The {@code telegram_conversation} rows: one per prospect chat, written after every step. */
@Component
class ConversationRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonFields json;

    ConversationRows(NamedParameterJdbcTemplate jdbc, JsonFields json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Conversation> find(long chatId) {
        return jdbc.query("""
                SELECT chat_id, telegram_user_id, source_key, step_index, answers, status, last_update_id, deal_id
                FROM telegram_conversation WHERE chat_id = :chat""", Map.of("chat", chatId), (rs, row) -> {
            long deal = rs.getLong("deal_id");
            Long dealId = rs.wasNull() ? null : deal;
            return new Conversation(rs.getLong("chat_id"), rs.getLong("telegram_user_id"), rs.getString("source_key"),
                    rs.getInt("step_index"), new LinkedHashMap<>(json.read(rs.getString("answers"))),
                    Conversation.Status.valueOf(rs.getString("status")), rs.getLong("last_update_id"), dealId);
        }).stream().findFirst();
    }

    void save(Conversation conversation) {
        Timestamp now = Timestamp.from(Instant.now());
        String answers = json.write(conversation.answers());
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("chat", conversation.chatId())
                .addValue("user", conversation.telegramUserId())
                .addValue("source", conversation.sourceKey())
                .addValue("step", conversation.stepIndex())
                .addValue("answers", answers == null ? "{}" : answers)
                .addValue("status", conversation.status().name())
                .addValue("lastUpdate", conversation.lastUpdateId())
                .addValue("deal", conversation.dealId())
                .addValue("now", now);
        int updated = jdbc.update("""
                UPDATE telegram_conversation SET telegram_user_id = :user, source_key = :source, step_index = :step,
                       answers = :answers, status = :status, last_update_id = :lastUpdate, deal_id = :deal, updated_at = :now
                WHERE chat_id = :chat""", row);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO telegram_conversation (chat_id, telegram_user_id, source_key, step_index, answers, status,
                                                       last_update_id, deal_id, started_at, updated_at)
                    VALUES (:chat, :user, :source, :step, :answers, :status, :lastUpdate, :deal, :now, :now)""", row);
        }
    }
}
