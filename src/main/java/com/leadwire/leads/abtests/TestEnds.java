package com.leadwire.leads.abtests;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.leads.LeadGroupsChanged;
import com.leadwire.leads.abtests.EndCriteria.Ending;

/**
 * Ends a lead group's A/B test when one of its criteria is met: records when, why and the winner
 * (new leads then all get the winner; {@link LeadGroupsChanged} tells the groups' cache), and with "keep the best" switches every lead still following a
 * losing variant to the winner ({@link FollowUps#switchTo}: the winner from the step the lead had
 * reached), recording the switch on the lead and, through the follow-ups, in its deal's timeline.
 */
@Component
class TestEnds {

    private static final Logger log = LoggerFactory.getLogger(TestEnds.class);

    private final AbTestRows rows;
    private final FollowUps followUps;
    private final AbTestsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TestEnds(AbTestRows rows, FollowUps followUps, AbTestsProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.followUps = followUps;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the group's running test and ends it when a criterion is met; false when it goes on (or there is none). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean check(long groupId) {
        Optional<GroupTest> found = rows.find(groupId).filter(GroupTest::running);
        if (found.isEmpty()) {
            return false;
        }
        GroupTest test = found.get();
        Instant now = clock.instant();
        Optional<Ending> ending = EndCriteria.check(test, rows.tallies(groupId, null, null), rows.revenue(groupId, null, null), now,
                properties.minimumLeads());
        if (ending.isEmpty() || !rows.markEnded(groupId, ending.get().reason(), ending.get().winnerSequenceId(), now)) {
            return false;
        }
        long winner = ending.get().winnerSequenceId();
        events.publishEvent(new LeadGroupsChanged(groupId));
        log.info("Lead group {} '{}': A/B test ended ({}), winner sequence {}", groupId, test.name(), ending.get().reason(), winner);
        if (test.keepBest()) {
            switchToWinner(test, winner, now);
        }
        return true;
    }

    private void switchToWinner(GroupTest test, long winner, Instant now) {
        String by = "A/B test of lead group '" + test.name() + "' ended: the best variant kept";
        int switched = 0;
        for (FollowUps.Running running : followUps.activeOfLeadGroup(test.groupId())) {
            if (running.sequenceId() == winner || !test.variants().contains(running.sequenceId())) {
                continue;
            }
            Optional<Long> started = followUps.switchTo(running.id(), winner, test.groupId(), by);
            rows.markSwitched(test.groupId(), running.contactId(), running.sequenceId(), winner, started.orElse(null), now);
            switched++;
        }
        log.info("Lead group {} '{}': {} leads switched to the winner, sequence {}", test.groupId(), test.name(), switched, winner);
    }
}
