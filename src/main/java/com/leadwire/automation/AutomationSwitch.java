package com.leadwire.automation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.shared.CachedSnapshot;

/**
 * The global on/off of automated sending. Off, every rule firing and webhook delivery that comes
 * due is recorded as skipped: nothing is sent later, and nothing is lost silently.
 */
@Service
public class AutomationSwitch {

    private static final Logger log = LoggerFactory.getLogger(AutomationSwitch.class);

    /** The switch's state, who changed it last and when. */
    public record State(boolean enabled, Instant changedAt, String changedBy) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CachedSnapshot<State> state;
    private final AuditLog audit;

    AutomationSwitch(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.state = new CachedSnapshot<>(Duration.ofSeconds(2), this::load);
    }

    public boolean isOn() {
        return state.get().enabled();
    }

    public State state() {
        return state.get();
    }

    @Transactional
    public State turn(boolean enabled, String actor) {
        jdbc.update("UPDATE automation_switch SET enabled = ?, changed_at = ?, changed_by = ? WHERE id = 1", enabled,
                Timestamp.from(clock.instant()), actor);
        state.invalidate();
        log.info("Automation turned {} by {}", enabled ? "on" : "off", actor);
        audit.record(actor, enabled ? "automation.turned-on" : "automation.turned-off", "automation:switch", null);
        return load();
    }

    private State load() {
        return jdbc.queryForObject("SELECT enabled, changed_at, changed_by FROM automation_switch WHERE id = 1",
                (row, i) -> new State(row.getBoolean(1), row.getTimestamp(2).toInstant(), row.getString(3)));
    }
}
