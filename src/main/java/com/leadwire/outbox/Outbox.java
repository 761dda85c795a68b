package com.leadwire.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.leadwire.shared.SequenceIds;

/**
 * Queues messages in the caller's transaction. Rows are collected and written as one JDBC
 * batch just before the transaction commits, so a batch of intake events costs one insert
 * round trip for all the messages they trigger.
 */
@Component
public class Outbox {

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    Outbox(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutboxMessage message) {
        pendingInThisTransaction().add(message);
    }

    private List<OutboxMessage> pendingInThisTransaction() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = (List<OutboxMessage>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<OutboxMessage> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    private void write(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts,
                                            next_attempt_at, deal_id, event_id, created_at)
                VALUES (:id, :channel, :key, :recipient, :payload, 'PENDING', 0, :now, :deal, :event, :now)""",
                messages.stream().map(message -> new MapSqlParameterSource()
                        .addValue("id", ids.next("outbox_message_seq"))
                        .addValue("channel", message.channel().name())
                        .addValue("key", message.idempotencyKey())
                        .addValue("recipient", message.recipient())
                        .addValue("payload", message.payload())
                        .addValue("deal", message.dealId())
                        .addValue("event", message.eventId())
                        .addValue("now", now)).toArray(MapSqlParameterSource[]::new));
        messages.clear();
    }
}
