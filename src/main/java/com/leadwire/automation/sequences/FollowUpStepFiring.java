package com.leadwire.automation.sequences;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.engine.MailModels;
import com.leadwire.automation.sending.Hold;
import com.leadwire.automation.sending.SendingGate;
import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.Timers;
import com.leadwire.automation.timers.TimerView;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.mail.MailContent;
import com.leadwire.mail.MailModel;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailRequest;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * A follow-up's e-mail fell due: queued in the outbox to the contact (with the sequence's BCC), as a
 * rule's e-mail is, and the next step's timer scheduled; the last one completes the follow-up. With
 * automation off the e-mail is SKIPPED and the follow-up stops; a contact that has unsubscribed
 * (stopped at once by {@link FollowUpStops}; {@code contact.unsubscribed} is read again now) stops it
 * without an e-mail. A follow-up stopped meanwhile
 * does nothing. A marketing e-mail held back by the sending hours or the daily cap ({@link SendingGate})
 * is recorded HELD and its step's timer scheduled again for the hold's end (a timer of its own,
 * {@link StepKey#heldUntil}); the next step counts its delay from when it goes out. Runs in the
 * transaction that marks the timer fired.
 */
@Component
class FollowUpStepFiring implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(FollowUpStepFiring.class);

    private final FollowUps followUps;
    private final FollowUpRows rows;
    private final SequenceRows sequences;
    private final AutomationSwitch automation;
    private final Contacts contacts;
    private final Deals deals;
    private final Team team;
    private final MailTemplates templates;
    private final MailQueue mail;
    private final SendingGate gate;
    private final Timers timers;
    private final Clock clock;

    FollowUpStepFiring(FollowUps followUps, FollowUpRows rows, SequenceRows sequences, AutomationSwitch automation, Contacts contacts,
                       Deals deals, Team team, MailTemplates templates, MailQueue mail, SendingGate gate, Timers timers, Clock clock) {
        this.gate = gate;
        this.timers = timers;
        this.followUps = followUps;
        this.rows = rows;
        this.sequences = sequences;
        this.automation = automation;
        this.contacts = contacts;
        this.deals = deals;
        this.team = team;
        this.templates = templates;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.SEQUENCE_STEP;
    }

    @Override
    public void fire(TimerView timer) {
        Optional<StepKey> key = StepKey.parse(timer.key());
        Optional<FollowUpRows.Active> followUp = key.flatMap(step -> rows.active(step.followUpId()));
        if (followUp.isEmpty()) {
            return;
        }
        FollowUpRows.Active active = followUp.get();
        int step = key.get().step();
        boolean wasHeld = key.get().held();
        Optional<SequenceView> sequence = sequences.find(active.sequenceId());
        if (sequence.isEmpty() || step > sequence.get().emails().size()) {
            // shortened since it started: what it has now is done
            followUps.complete(active);
            return;
        }
        SequenceEmail email = sequence.get().emails().get(step - 1);
        Instant now = clock.instant();
        if (!automation.isOn()) {
            rows.recordEmail(wasHeld, active.id(), step, email.template(), EmailStatus.SKIPPED, null, null, null, timer.dueAt(),
                    "automation was off", now);
            followUps.stop(active, StopReason.AUTOMATION_OFF, "automation off");
            return;
        }
        Optional<ContactView> contact = contacts.findById(active.contactId());
        if (contact.isPresent() && contact.get().unsubscribed()) {
            followUps.stop(active, StopReason.UNSUBSCRIBED, "contact " + active.contactId());
            return;
        }
        if (!send(active, sequence.get(), step, wasHeld, email, contact, timer.dueAt(), now)) {
            return;
        }
        if (step == sequence.get().emails().size()) {
            followUps.complete(active);
        } else {
            followUps.scheduleStep(active.id(), sequence.get(), active.dealId(), active.contactId(), step + 1, timer.dueAt());
        }
    }

    /** False: the e-mail was held back, the step is not done. */
    private boolean send(FollowUpRows.Active active, SequenceView sequence, int step, boolean wasHeld, SequenceEmail email,
                         Optional<ContactView> contact, Instant dueAt, Instant now) {
        String address = contact.map(ContactView::primaryEmail).orElse(null);
        String problem = address == null ? "the contact has no e-mail address"
                : !templates.exists(email.template()) ? "the e-mail template '" + email.template() + "' does not exist" : null;
        if (problem != null) {
            rows.recordEmail(wasHeld, active.id(), step, email.template(), EmailStatus.FAILED, address, null, null, dueAt, problem, now);
            log.warn("Follow-up {}: e-mail {} of {} not sent: {}", active.id(), step, sequence.emails().size(), problem);
            return true;
        }
        Optional<Hold> hold = gate.holdFor(active.contactId(), email.template(), contact.get().language(), now);
        if (hold.isPresent()) {
            hold(active, sequence, step, wasHeld, email, address, dueAt, hold.get(), now);
            return false;
        }
        String outboxKey = StepKey.of(active.id(), step);
        DealView deal = deals.find(active.dealId()).orElse(null);
        MailModel model = model(contact.get(), deal).withSequence(new MailModel.Sequence(sequence.name(), step,
                discount(active, email, deal)));
        List<String> bcc = Stream.of(sequence.bcc(), active.groupBcc()).filter(Objects::nonNull).distinct().toList();
        MailContent content = mail.queue(new MailRequest(email.template(), List.of(address), bcc, model, outboxKey, active.dealId(), null,
                active.contactId(), gate.today(now)));
        rows.recordEmail(wasHeld, active.id(), step, email.template(), EmailStatus.QUEUED, address, content.subject(), outboxKey, dueAt, null,
                now);
        log.info("Follow-up {}: e-mail {} of {} of sequence '{}' queued to contact {} for deal {} ({})", active.id(), step,
                sequence.emails().size(), sequence.name(), active.contactId(), active.dealId(), outboxKey);
        return true;
    }

    private void hold(FollowUpRows.Active active, SequenceView sequence, int step, boolean wasHeld, SequenceEmail email, String address,
                      Instant dueAt, Hold hold, Instant now) {
        if (wasHeld) {
            rows.holdAgain(active.id(), step, hold.describe(), now);
        } else {
            rows.insertEmail(active.id(), step, email.template(), EmailStatus.HELD, address, null, null, dueAt, hold.describe(), now);
        }
        timers.schedule(TimerRequest.sequenceStep(active.dealId(), active.contactId(), now, Duration.between(now, hold.until()),
                "sequence '" + sequence.name() + "' e-mail " + step + " " + hold.describe(), StepKey.heldUntil(active.id(), step,
                        hold.until().toEpochMilli())));
        log.info("Follow-up {}: e-mail {} of {} to contact {} for deal {} {}", active.id(), step, sequence.emails().size(), active.contactId(),
                active.dealId(), hold.describe());
    }

    /**
     * The step's discount, unless the follow-up's lead group does not override discounts and the deal
     * already carries its own (a deal field {@code discount}, e.g. from the store's checkout): then that one.
     */
    private static BigDecimal discount(FollowUpRows.Active active, SequenceEmail email, DealView deal) {
        if (!active.keepDealDiscount() || deal == null) {
            return email.discountPercent();
        }
        return DealDiscount.of(deal).orElse(email.discountPercent());
    }

    private MailModel model(ContactView contact, DealView deal) {
        String responsible = deal == null || deal.responsibleUserId() == null ? null
                : team.findById(deal.responsibleUserId()).map(TeamMember::displayName).orElse(null);
        return MailModels.of(new MailModel.Contact(contact.name(), contact.primaryEmail(), contact.language()), deal, responsible);
    }
}
