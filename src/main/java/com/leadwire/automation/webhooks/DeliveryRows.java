package com.leadwire.automation.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.shared.SequenceIds;
import com.leadwire.shared.TransactionBatch;

/**
 * The deliveries and their attempts. New deliveries are collected per transaction and written as
 * one JDBC batch just before it commits (as the outbox does), so a batch of intake events costs
 * one insert round trip for all the deliveries they trigger.
 */
@Repository
class DeliveryRows {

    private static final int MAX_ERROR_LENGTH = 2000;
    private static final String COLUMNS = """
            id, subscription_id, event, status, deal_id, event_id, attempts, replays, last_status_code, last_error, last_attempt_at,
            delivered_at, created_at""";

    /** A delivery to write with the transaction that queued it. */
    record NewDelivery(long id, long subscriptionId, String event, WebhookDeliveryStatus status, String payload, Long dealId,
                       Long eventId, Instant createdAt) {
    }

    /** A stored delivery with what it sends. */
    record Stored(WebhookDeliveryView view, String payload) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final TransactionTemplate transaction;
    private final TransactionBatch<NewDelivery> created = new TransactionBatch<>(deliveries -> write(deliveries.values()));

    DeliveryRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.transaction = new TransactionTemplate(transactions);
    }

    long nextId() {
        return ids.next("webhook_delivery_seq");
    }

    /** Writes the delivery when the current transaction commits (with the others it queued), not at all if it rolls back. */
    void insertOnCommit(NewDelivery delivery) {
        created.add(String.valueOf(delivery.id()), delivery);
    }

    void recordAttempt(long deliveryId, WebhookDeliveryView.Attempt attempt, boolean delivered) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("""
                    INSERT INTO webhook_attempt (id, delivery_id, attempted_at, status_code, error, duration_ms)
                    VALUES (:id, :delivery, :at, :code, :error, :duration)""", new MapSqlParameterSource()
                    .addValue("id", ids.next("webhook_attempt_seq")).addValue("delivery", deliveryId)
                    .addValue("at", Timestamp.from(attempt.at())).addValue("code", attempt.statusCode())
                    .addValue("error", clip(attempt.error())).addValue("duration", (int) Math.min(Integer.MAX_VALUE, attempt.durationMillis())));
            jdbc.update("""
                    UPDATE webhook_delivery SET attempts = attempts + 1, last_status_code = :code, last_error = :error,
                           last_attempt_at = :at, status = :status, delivered_at = CASE WHEN :delivered THEN :at ELSE delivered_at END
                    WHERE id = :id""", new MapSqlParameterSource().addValue("id", deliveryId).addValue("code", attempt.statusCode())
                    .addValue("error", clip(attempt.error())).addValue("at", Timestamp.from(attempt.at()))
                    .addValue("delivered", delivered)
                    .addValue("status", (delivered ? WebhookDeliveryStatus.DELIVERED : WebhookDeliveryStatus.PENDING).name()));
        });
    }

    /** Dead: the outbox gave up on it. The reason is kept as its last error when no attempt said more. */
    void markDead(long deliveryId, String reason) {
        jdbc.update("""
                UPDATE webhook_delivery SET status = 'DEAD', last_error = COALESCE(last_error, :reason)
                WHERE id = :id AND status = 'PENDING'""", new MapSqlParameterSource("id", deliveryId).addValue("reason", clip(reason)));
    }

    /** Pending again for a replay; answers which replay this is (1 = the first), or empty when it is pending already. */
    Optional<Integer> markReplayed(long deliveryId) {
        int updated = jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', replays = replays + 1, delivered_at = NULL
                WHERE id = :id AND status <> 'PENDING'""", Map.of("id", deliveryId));
        if (updated == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject("SELECT replays FROM webhook_delivery WHERE id = :id", Map.of("id", deliveryId),
                Integer.class));
    }

    Optional<Stored> find(long deliveryId) {
        return jdbc.query("SELECT " + COLUMNS + ", payload FROM webhook_delivery WHERE id = :id", Map.of("id", deliveryId),
                        (row, n) -> new Stored(view(row), row.getString("payload"))).stream().findFirst()
                .map(stored -> new Stored(withAttempts(List.of(stored.view())).get(0), stored.payload()));
    }

    /** A subscription's newest deliveries first, each with its attempts. */
    List<WebhookDeliveryView> ofSubscription(long subscriptionId, int limit) {
        return withAttempts(jdbc.query("SELECT " + COLUMNS + " FROM webhook_delivery WHERE subscription_id = :subscription"
                + " ORDER BY id DESC LIMIT :limit", Map.of("subscription", subscriptionId, "limit", limit), (row, n) -> view(row)));
    }

    List<Long> deadOf(long subscriptionId) {
        return jdbc.queryForList("SELECT id FROM webhook_delivery WHERE subscription_id = :subscription AND status = 'DEAD' ORDER BY id",
                Map.of("subscription", subscriptionId), Long.class);
    }

    /** Dead and failing deliveries of a subscription (the subscription and status index; delivered rows are not read). */
    WebhookDeliveryHealth healthOf(Subscription subscription) {
        return jdbc.queryForObject("""
                SELECT SUM(CASE WHEN status = 'DEAD' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'PENDING' AND attempts > 0 THEN 1 ELSE 0 END),
                       MAX(last_attempt_at)
                FROM webhook_delivery WHERE subscription_id = :subscription AND status IN ('DEAD', 'PENDING')""",
                Map.of("subscription", subscription.id()), (row, n) -> new WebhookDeliveryHealth(subscription.id(), subscription.name(),
                        subscription.url(), subscription.active(), row.getLong(1), row.getLong(2), lastFailure(row)));
    }

    /** The subscription's newest delivery: its status and when it was queued (one index look-up). */
    Optional<WebhookSubscriptionView.LastDelivery> latestOf(long subscriptionId) {
        return jdbc.query("SELECT status, created_at FROM webhook_delivery WHERE subscription_id = :subscription ORDER BY id DESC LIMIT 1",
                Map.of("subscription", subscriptionId), (row, n) -> new WebhookSubscriptionView.LastDelivery(
                        WebhookDeliveryStatus.valueOf(row.getString(1)), row.getTimestamp(2).toInstant())).stream().findFirst();
    }

    private List<WebhookDeliveryView> withAttempts(List<WebhookDeliveryView> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<Long, List<WebhookDeliveryView.Attempt>> attempts = new HashMap<>();
        jdbc.query("""
                SELECT delivery_id, attempted_at, status_code, error, duration_ms FROM webhook_attempt
                WHERE delivery_id IN (:ids) ORDER BY id""", Map.of("ids", deliveries.stream().map(WebhookDeliveryView::id).toList()),
                row -> {
                    attempts.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new WebhookDeliveryView.Attempt(
                            row.getTimestamp(2).toInstant(), row.getObject(3, Integer.class), row.getString(4), row.getLong(5)));
                });
        return deliveries.stream().map(delivery -> delivery.withAttempts(attempts.getOrDefault(delivery.id(), List.of()))).toList();
    }

    private static WebhookDeliveryView view(ResultSet row) throws SQLException {
        return new WebhookDeliveryView(row.getLong("id"), row.getLong("subscription_id"), row.getString("event"),
                WebhookDeliveryStatus.valueOf(row.getString("status")), row.getObject("deal_id", Long.class),
                row.getObject("event_id", Long.class), row.getInt("attempts"), row.getInt("replays"),
                row.getObject("last_status_code", Integer.class), row.getString("last_error"), instant(row, "last_attempt_at"),
                instant(row, "delivered_at"), row.getTimestamp("created_at").toInstant(), List.of());
    }

    private static Instant lastFailure(ResultSet row) throws SQLException {
        Timestamp at = row.getTimestamp(3);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private void write(Collection<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO webhook_delivery (id, subscription_id, event, status, payload, deal_id, event_id, created_at)
                VALUES (:id, :subscription, :event, :status, :payload, :deal, :eventId, :at)""", deliveries.stream()
                .map(delivery -> new MapSqlParameterSource()
                        .addValue("id", delivery.id()).addValue("subscription", delivery.subscriptionId())
                        .addValue("event", delivery.event()).addValue("status", delivery.status().name())
                        .addValue("payload", delivery.payload()).addValue("deal", delivery.dealId())
                        .addValue("eventId", delivery.eventId()).addValue("at", Timestamp.from(delivery.createdAt())))
                .toArray(MapSqlParameterSource[]::new));
        deliveries.clear();
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
