package com.leadwire.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.BulkRows;
import com.leadwire.shared.SequenceIds;
import com.leadwire.shared.TransactionBatch;

/**
 * Queues messages in the caller's transaction. Rows are collected and written as one JDBC
 * batch just before the transaction commits, so a batch of intake events costs one insert
 * round trip for all the messages they trigger. While this node's senders have room, the rows
 * of the channels this node sends are written already claimed by it and handed to its senders
 * right after the commit, which saves the claim's round trip and its wait for the next poll.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    // a provider: the senders behind the delivery (Telegram) queue messages here themselves
    private final ObjectProvider<OutboxDelivery> delivery;

    private final TransactionBatch<OutboxMessage> pending = TransactionBatch.thenAfterCommit(messages -> {
        HandedOver handoff = write(messages.values());
        return handoff == null ? null : () -> handOver(handoff);
    });

    Outbox(NamedParameterJdbcTemplate jdbc, SequenceIds ids, ObjectProvider<OutboxDelivery> delivery) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.delivery = delivery;
    }

    /** Queues the message; a second one with the same idempotency key in this transaction is the same message. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutboxMessage message) {
        pending.add(message.idempotencyKey(), message);
    }

    /**
     * Whether a message whose idempotency key starts with the prefix and whose id is below
     * {@code beforeId} is still to be sent (a channel that must keep an order asks this first).
     */
    public boolean anyUnsent(String keyPrefix, long beforeId) {
        String like = keyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT COUNT(*) > 0 FROM outbox_message
                WHERE idempotency_key LIKE :prefix ESCAPE '!' AND status IN ('PENDING', 'SENDING') AND id < :before""",
                new MapSqlParameterSource("prefix", like).addValue("before", beforeId), Boolean.class));
    }

    /**
     * How many messages count towards the tally: those written (whatever became of them) and
     * those this transaction queued and has not written yet. One indexed query.
     */
    public long count(String tally) {
        long unwritten = pending.pendingIfAny().values().stream().filter(message -> tally.equals(message.tally())).count();
        Long written = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE tally = :tally",
                new MapSqlParameterSource("tally", tally), Long.class);
        return unwritten + (written == null ? 0 : written);
    }

    /** Hands rows this node claimed at their write to its senders; the transaction has committed. */
    private void handOver(HandedOver handoff) {
        try {
            delivery.getObject().deliverCommitted(handoff.claim(), handoff.messages());
        } catch (RuntimeException e) {
            // the transaction has committed: its caller must not see a failure; the rows wait for their claim
            log.warn("Outbox: {} committed messages wait for their claim to run out: {}", handoff.messages().size(), e.toString());
        }
    }

    /** Rows claimed by this node in this transaction, to be sent once it commits. */
    private record HandedOver(OutboxDelivery.Handoff claim, List<PendingMessage> messages) {
    }

    /** Writes the rows; answers this node's claim on them when its senders take them, else null. */
    private HandedOver write(Collection<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        OutboxDelivery senders = delivery.getObject();
        OutboxDelivery.Handoff handoff = senders.handoff(now);
        HandedOver handedOver = handoff == null ? null : new HandedOver(handoff, new ArrayList<>(messages.size()));
        List<MapSqlParameterSource> rows = new ArrayList<>(messages.size());
        for (OutboxMessage message : messages) {
            long id = ids.next("outbox_message_seq");
            boolean handedHere = handoff != null && senders.sendsHere(message.channel());
            rows.add(new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("channel", message.channel().name())
                    .addValue("key", message.idempotencyKey())
                    .addValue("recipient", message.recipient())
                    .addValue("payload", message.payload())
                    .addValue("status", handedHere ? OutboxRows.SENDING : OutboxRows.PENDING)
                    .addValue("token", handedHere ? handoff.token() : null)
                    .addValue("due", Timestamp.from(handedHere ? handoff.claimEnd() : now))
                    .addValue("deal", message.dealId())
                    .addValue("event", message.eventId())
                    .addValue("tally", message.tally())
                    .addValue("now", Timestamp.from(now)));
            if (handedHere) {
                handedOver.messages().add(new PendingMessage(id, message.channel(), message.idempotencyKey(), message.recipient(),
                        message.payload(), 1, message.dealId(), message.eventId(), now));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, claim_token, attempts,
                                            next_attempt_at, deal_id, event_id, created_at, tally)
                VALUES (:id, :channel, :key, :recipient, :payload, :status, :token, 0, :due, :deal, :event, :now, :tally)""",
                BulkRows.nullsTogether(rows));
        return handedOver;
    }
}
