package com.leadwire.automation.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.CachedSnapshot;
import com.leadwire.shared.SequenceIds;

/**
 * The subscriptions table, and all its rows cached: the event listener on the intake path and
 * the sender read them for every event and attempt, so an event nobody subscribes to costs no query.
 */
@Repository
class Subscriptions {

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final CachedSnapshot<List<Subscription>> all;

    Subscriptions(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.all = new CachedSnapshot<>(Duration.ofSeconds(5), () -> jdbc.query("""
                SELECT id, name, description, url, events, secret, active, created_at, updated_at
                FROM webhook_subscription ORDER BY id""", Map.of(), Subscriptions::subscription));
    }

    List<Subscription> all() {
        return all.get();
    }

    Optional<Subscription> byId(long id) {
        return all.get().stream().filter(subscription -> subscription.id() == id).findFirst();
    }

    /** Read from the table, not the cache: for changes that must see the latest row. */
    Optional<Subscription> stored(long id) {
        return jdbc.query("""
                SELECT id, name, description, url, events, secret, active, created_at, updated_at
                FROM webhook_subscription WHERE id = :id""", Map.of("id", id), Subscriptions::subscription).stream().findFirst();
    }

    List<Subscription> wanting(WebhookEvent event) {
        return all.get().stream().filter(subscription -> subscription.wants(event)).toList();
    }

    long insert(WebhookDraft draft, String secret, Instant now) {
        long id = ids.next("webhook_subscription_seq");
        jdbc.update("""
                INSERT INTO webhook_subscription (id, name, description, url, events, secret, active, created_at, updated_at)
                VALUES (:id, :name, :description, :url, :events, :secret, :active, :now, :now)""",
                fields(draft).addValue("id", id).addValue("secret", secret).addValue("now", Timestamp.from(now)));
        all.invalidate();
        return id;
    }

    boolean update(long id, WebhookDraft draft, Instant now) {
        int updated = jdbc.update("""
                UPDATE webhook_subscription SET name = :name, description = :description, url = :url, events = :events,
                       active = :active, updated_at = :now
                WHERE id = :id""", fields(draft).addValue("id", id).addValue("now", Timestamp.from(now)));
        all.invalidate();
        return updated == 1;
    }

    boolean changeSecret(long id, String secret, Instant now) {
        int updated = jdbc.update("UPDATE webhook_subscription SET secret = :secret, updated_at = :now WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("secret", secret).addValue("now", Timestamp.from(now)));
        all.invalidate();
        return updated == 1;
    }

    boolean delete(long id) {
        int deleted = jdbc.update("DELETE FROM webhook_subscription WHERE id = :id", Map.of("id", id));
        all.invalidate();
        return deleted == 1;
    }

    private static MapSqlParameterSource fields(WebhookDraft draft) {
        return new MapSqlParameterSource()
                .addValue("name", draft.name())
                .addValue("description", draft.description())
                .addValue("url", draft.url())
                .addValue("events", draft.events().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .addValue("active", draft.active());
    }

    private static Subscription subscription(ResultSet row, int n) throws SQLException {
        return new Subscription(row.getLong("id"), row.getString("name"), row.getString("description"), row.getString("url"),
                events(row.getString("events")), row.getString("secret"), row.getBoolean("active"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static Set<WebhookEvent> events(String stored) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(stored.split(",")).filter(name -> !name.isBlank()).map(WebhookEvent::valueOf).forEach(events::add);
        return Collections.unmodifiableSet(events);
    }
}
