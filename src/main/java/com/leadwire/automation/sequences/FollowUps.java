package com.leadwire.automation.sequences;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.Timers;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;

/**
 * Contacts following sequences: started and stopped by rules (in the transaction of the event that
 * fired them), stopped by the deal's moves and payment ({@link FollowUpStops}), and each e-mail
 * sent when its timer falls due ({@link FollowUpStepFiring}). A contact follows a sequence once at a
 * time: starting it again while it is active does nothing.
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    /** What a start did, in words, for the rule's firing log; {@code followUpId} when it started one. */
    public record Started(boolean started, String what, Long followUpId) {

        static Started not(String why) {
            return new Started(false, why, null);
        }
    }

    /**
     * The lead group a follow-up is started for: its id (counted per group), its BCC (besides the
     * sequence's) and whether the deal's own {@code discount} field stays, as the group does not
     * override discounts.
     */
    public record ForLeadGroup(long groupId, String bcc, boolean keepDealDiscount) {
    }

    private final SequenceRows sequences;
    private final FollowUpRows rows;
    private final Timers timers;
    private final Deals deals;
    private final Clock clock;

    FollowUps(SequenceRows sequences, FollowUpRows rows, Timers timers, Deals deals, Clock clock) {
        this.sequences = sequences;
        this.rows = rows;
        this.timers = timers;
        this.deals = deals;
        this.clock = clock;
    }

    /** Starts the sequence for the deal's contact, its first e-mail due after its delay; {@code startedBy} e.g. "rule 'Carrinho'". */
    @Transactional(propagation = Propagation.MANDATORY)
    public Started start(long sequenceId, long dealId, long contactId, String startedBy) {
        return start(sequenceId, dealId, contactId, startedBy, null);
    }

    /** Starts the sequence as {@link #start(long, long, long, String)} does, for a lead group ({@code group} null: for none). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Started start(long sequenceId, long dealId, long contactId, String startedBy, ForLeadGroup group) {
        Optional<SequenceView> found = sequences.find(sequenceId);
        if (found.isEmpty()) {
            return Started.not("not started: the sequence " + sequenceId + " does not exist");
        }
        SequenceView sequence = found.get();
        Optional<FollowUpRows.Active> running = rows.activeOf(contactId, sequenceId);
        if (running.isPresent()) {
            log.info("Follow-up {}: contact {} already follows sequence {} '{}', not started again for deal {} by {}", running.get().id(),
                    contactId, sequenceId, sequence.name(), dealId, startedBy);
            return Started.not("not started: the contact already follows '" + sequence.name() + "' (follow-up "
                    + running.get().id() + ")");
        }
        Instant now = clock.instant();
        Long stageId = deals.find(dealId).map(DealView::stageId).orElse(null);
        long id = rows.insert(sequence, contactId, dealId, stageId, startedBy, group, now);
        scheduleStep(id, sequence, dealId, contactId, 1, now);
        log.info("Follow-up {} started: contact {} follows sequence {} '{}' for deal {} ({} e-mails), by {}", id, contactId, sequenceId,
                sequence.name(), dealId, sequence.emails().size(), startedBy);
        return new Started(true, "follow-up " + id + " of '" + sequence.name() + "' started, first e-mail in "
                + sequence.emails().get(0).delay(), id);
    }

    /** Stops the contact's active follow-ups of the sequence (or, {@code sequenceId} null, of every sequence); answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int stopForContact(long contactId, Long sequenceId, StopReason reason, String stoppedBy) {
        List<FollowUpRows.Active> active = rows.activeOfContact(contactId, sequenceId);
        active.forEach(followUp -> stop(followUp, reason, stoppedBy));
        return active.size();
    }

    public boolean isActive(long followUpId) {
        return rows.active(followUpId).isPresent();
    }

    /** Stops one follow-up if it is still active; false when it was not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean stop(long followUpId, StopReason reason, String stoppedBy) {
        Optional<FollowUpRows.Active> active = rows.active(followUpId);
        active.ifPresent(followUp -> stop(followUp, reason, stoppedBy));
        return active.isPresent();
    }

    /** Stops the active follow-ups a lead group started; answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int stopOfLeadGroup(long groupId, StopReason reason, String stoppedBy) {
        List<FollowUpRows.Active> active = rows.activeOfLeadGroup(groupId);
        active.forEach(followUp -> stop(followUp, reason, stoppedBy));
        return active.size();
    }

    /** An active follow-up that a lead group started. */
    public record Running(long id, long sequenceId, long contactId, long dealId) {
    }

    /** The lead group's active follow-ups (its leads still following a sequence). */
    public List<Running> activeOfLeadGroup(long leadGroupId) {
        return rows.activeOfLeadGroup(leadGroupId).stream()
                .map(active -> new Running(active.id(), active.sequenceId(), active.contactId(), active.dealId())).toList();
    }

    /**
     * Per sequence, the e-mails that left the outbox (SENT or BOUNCED) of the follow-ups the lead
     * group started in [from, to) (either null: open).
     */
    public Map<Long, Long> emailsSentOfLeadGroup(long leadGroupId, Instant from, Instant to) {
        return rows.emailsSentOfLeadGroup(leadGroupId, from, to);
    }

    /**
     * Moves a lead group's active follow-up to another sequence (an A/B test's winner): stops it
     * (TEST_SWITCHED) and starts {@code sequenceId} for the same deal and group at the step after the
     * last e-mail that fell due, that step's delay from now, so the lead gets no more e-mails in all
     * than a sequence sends. Answers the new follow-up, or empty when it was no longer active or the
     * winner has no e-mail past that step (the lead had them all: nothing is started).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> switchTo(long followUpId, long sequenceId, long leadGroupId, String by) {
        Optional<FollowUpRows.Active> found = rows.active(followUpId);
        Optional<SequenceView> winner = sequences.find(sequenceId);
        if (found.isEmpty() || winner.isEmpty()) {
            return Optional.empty();
        }
        FollowUpRows.Active old = found.get();
        stop(old, StopReason.TEST_SWITCHED, by);
        int next = rows.stepsReached(old.id()) + 1;
        if (next > winner.get().emails().size()) {
            log.info("Follow-up {} switched by {}: contact {} already had {} e-mails, '{}' has no more to send", old.id(), by,
                    old.contactId(), next - 1, winner.get().name());
            return Optional.empty();
        }
        Instant now = clock.instant();
        Long stageId = deals.find(old.dealId()).map(DealView::stageId).orElse(null);
        long id = rows.insert(winner.get(), old.contactId(), old.dealId(), stageId, by + ", from '" + old.sequenceName() + "' at e-mail "
                + next, new ForLeadGroup(leadGroupId, old.groupBcc(), old.keepDealDiscount()), now);
        scheduleStep(id, winner.get(), old.dealId(), old.contactId(), next, now);
        log.info("Follow-up {} started for contact {} (deal {}): switched from follow-up {} of '{}' to sequence {} '{}' at e-mail {}, by {}",
                id, old.contactId(), old.dealId(), old.id(), old.sequenceName(), sequenceId, winner.get().name(), next, by);
        return Optional.of(id);
    }

    public List<FollowUpView> ofDeal(long dealId) {
        return rows.ofDeal(dealId);
    }

    public List<FollowUpView> ofContact(long contactId) {
        return rows.ofContact(contactId);
    }

    void stop(FollowUpRows.Active followUp, StopReason reason, String stoppedBy) {
        if (!rows.finish(followUp.id(), Status.STOPPED, reason, stoppedBy, clock.instant())) {
            return;
        }
        for (int step = 1; step <= Sequences.MAX_EMAILS; step++) {
            timers.cancel(StepKey.of(followUp.id(), step));
        }
        rows.skipHeld(followUp.id(), clock.instant());
        log.info("Follow-up {} stopped ({}, by {}): contact {}, sequence {} '{}', deal {}", followUp.id(), reason, stoppedBy,
                followUp.contactId(), followUp.sequenceId(), followUp.sequenceName(), followUp.dealId());
    }

    void complete(FollowUpRows.Active followUp) {
        if (rows.finish(followUp.id(), Status.COMPLETED, null, null, clock.instant())) {
            log.info("Follow-up {} completed: contact {}, sequence {} '{}', deal {}", followUp.id(), followUp.contactId(),
                    followUp.sequenceId(), followUp.sequenceName(), followUp.dealId());
        }
    }

    /** The step's timer, due its delay after {@code after} (the start, or the previous e-mail's due time). */
    void scheduleStep(long followUpId, SequenceView sequence, long dealId, long contactId, int step, Instant after) {
        Duration delay = sequence.emails().get(step - 1).delayDuration();
        timers.schedule(TimerRequest.sequenceStep(dealId, contactId, after, delay, "sequence '" + sequence.name() + "' e-mail " + step
                + " of " + sequence.emails().size(), StepKey.of(followUpId, step)));
    }
}
