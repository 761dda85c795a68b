package com.leadwire.leads.abtests;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.Timers;
import com.leadwire.leads.LeadConverted;
import com.leadwire.leads.LeadEnteredGroup;
import com.leadwire.leads.LeadGroupsChanged;

/**
 * Schedules the checks of a running A/B test as automation timers: one at its end date, and, when it
 * has a target, one {@code check-delay} after leads entered or converted. Every change within one
 * such span shares one timer (the key names the span), so a busy group is checked once per span, not
 * once per lead. A timer whose check finds nothing met (the end date changed, the test ended) does
 * nothing.
 */
@Component
class TestChecks {

    private static final Pattern KEY = Pattern.compile("lead-group-(\\d+):test-.*");

    private final AbTestRows rows;
    private final Timers timers;
    private final AbTestsProperties properties;
    private final Clock clock;

    TestChecks(AbTestRows rows, Timers timers, AbTestsProperties properties, Clock clock) {
        this.rows = rows;
        this.timers = timers;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(LeadEnteredGroup event) {
        changed(event.groupId());
    }

    @EventListener
    @Transactional
    void on(LeadConverted event) {
        changed(event.groupId());
    }

    /** A group was saved: its test's end date gets its timer. */
    @EventListener
    @Transactional
    void on(LeadGroupsChanged event) {
        changed(event.groupId());
    }

    /** Leads of the group entered or converted, or it was saved: its end date's timer (once) and, with a target, the check of this span. */
    @Transactional
    void changed(long groupId) {
        Optional<GroupTest> test = rows.find(groupId).filter(GroupTest::running);
        if (test.isEmpty()) {
            return;
        }
        Instant endsAt = test.get().endsAt();
        if (endsAt != null) {
            timers.schedule(TimerRequest.leadTestCheck(endsAt, "A/B test end date of lead group " + groupId,
                    "lead-group-" + groupId + ":test-ends-" + endsAt.toEpochMilli()));
        }
        if (test.get().hasTarget()) {
            long span = properties.checkDelay().toMillis();
            Instant spanEnd = Instant.ofEpochMilli((clock.millis() / span + 1) * span);
            timers.schedule(TimerRequest.leadTestCheck(spanEnd, "A/B test targets of lead group " + groupId,
                    "lead-group-" + groupId + ":test-check-" + spanEnd.toEpochMilli()));
        }
    }

    /** The group a check timer's key names. */
    static Optional<Long> groupOf(String key) {
        Matcher matcher = key == null ? null : KEY.matcher(key);
        return matcher != null && matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
