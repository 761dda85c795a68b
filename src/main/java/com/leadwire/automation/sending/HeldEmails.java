package com.leadwire.automation.sending;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.HeldEmailView;
import com.leadwire.automation.HoldReason;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.Timers;
import com.leadwire.mail.MailRequest;
import com.leadwire.shared.SequenceIds;

/**
 * Rules' marketing e-mails held back by the sending hours or the daily cap: the request is kept as
 * the rule made it and an automation timer (kind HELD_EMAIL, key {@code held-email-<id>:until-<ms>})
 * sends it when it falls due, see {@link HeldEmailFiring}. No scheduler and no sending path of
 * their own: the timers' poll and the outbox.
 */
@Component
public class HeldEmails {

    private static final Logger log = LoggerFactory.getLogger(HeldEmails.class);
    private static final Pattern KEY = Pattern.compile("held-email-(\\d+):until-\\d+");

    record Held(long id, long dealId, long contactId, String ruleName, MailRequest request) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final Timers timers;
    private final ObjectMapper json;
    private final SendingSettings settings;
    private final Clock clock;

    HeldEmails(NamedParameterJdbcTemplate jdbc, SequenceIds ids, Timers timers, ObjectMapper json, SendingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.timers = timers;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps the rule's e-mail to the deal's contact and schedules it for the hold's end, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(long ruleId, String ruleName, long dealId, long contactId, MailRequest request, Hold hold) {
        long id = ids.next("held_email_seq");
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO held_email (id, rule_id, rule_name, deal_id, contact_id, template_name, outbox_key, request, held_at, held_until,
                                        reason, status)
                VALUES (:id, :rule, :ruleName, :deal, :contact, :template, :key, :request, :now, :until, :reason, 'HELD')""",
                new MapSqlParameterSource("id", id).addValue("rule", ruleId).addValue("ruleName", ruleName).addValue("deal", dealId)
                        .addValue("contact", contactId).addValue("template", request.templateName())
                        .addValue("key", request.idempotencyKey()).addValue("request", write(request)).addValue("now", Timestamp.from(now))
                        .addValue("until", Timestamp.from(hold.until())).addValue("reason", hold.reason().name()));
        schedule(id, dealId, contactId, now, hold);
        log.info("Rule e-mail {} of rule '{}' to contact {} for deal {} {} ({})", id, ruleName, contactId, dealId, hold.describe(),
                request.idempotencyKey());
    }

    /** Still held when it fell due (the cap of the new day was reached already): held again, until the new end. */
    void holdAgain(Held held, Hold hold) {
        Instant now = clock.instant();
        jdbc.update("UPDATE held_email SET held_until = :until, reason = :reason WHERE id = :id", new MapSqlParameterSource("id", held.id())
                .addValue("until", Timestamp.from(hold.until())).addValue("reason", hold.reason().name()));
        schedule(held.id(), held.dealId(), held.contactId(), now, hold);
        log.info("Rule e-mail {} to contact {} for deal {} {} again", held.id(), held.contactId(), held.dealId(), hold.describe());
    }

    void finish(Held held, HeldEmailView.Status status) {
        jdbc.update("UPDATE held_email SET status = :status, finished_at = :now WHERE id = :id AND status = 'HELD'",
                new MapSqlParameterSource("id", held.id()).addValue("status", status.name()).addValue("now", Timestamp.from(clock.instant())));
    }

    /** The held e-mail the timer key names, while it is still held. */
    Optional<Held> stillHeld(String timerKey) {
        Matcher matcher = timerKey == null ? null : KEY.matcher(timerKey);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, deal_id, contact_id, rule_name, request FROM held_email WHERE id = :id AND status = 'HELD'",
                new MapSqlParameterSource("id", Long.parseLong(matcher.group(1))),
                (row, i) -> new Held(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), read(row.getString(5))))
                .stream().findFirst();
    }

    /** The deal's held e-mails, whatever became of them. */
    public List<HeldEmailView> ofDeal(long dealId) {
        ZoneId zone = settings.current().zone();
        return jdbc.query("""
                SELECT id, rule_name, template_name, held_at, held_until, reason, status, finished_at FROM held_email WHERE deal_id = :deal
                ORDER BY id""", new MapSqlParameterSource("deal", dealId), (row, i) -> {
            Instant until = row.getTimestamp(5).toInstant();
            HoldReason reason = HoldReason.valueOf(row.getString(6));
            HeldEmailView.Status status = HeldEmailView.Status.valueOf(row.getString(7));
            Timestamp finished = row.getTimestamp(8);
            String summary = "E-mail (" + row.getString(3) + ") of rule '" + row.getString(2) + "' " + Hold.describe(until, reason, zone)
                    + switch (status) {
                        case HELD -> "";
                        case SENT -> "; sent";
                        case SKIPPED -> "; skipped: automation was off";
                    };
            return new HeldEmailView(row.getLong(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant(), until, reason, status,
                    finished == null ? null : finished.toInstant(), zone, summary);
        });
    }

    private void schedule(long id, long dealId, long contactId, Instant now, Hold hold) {
        timers.schedule(TimerRequest.heldEmail(dealId, contactId, now, hold.until(), "rule e-mail " + hold.describe(),
                "held-email-" + id + ":until-" + hold.until().toEpochMilli()));
    }

    private String write(MailRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MailRequest read(String stored) {
        try {
            return json.readValue(stored, MailRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("held e-mail request unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
