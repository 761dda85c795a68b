package com.leadwire.automation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.leadwire.automation.engine.FiringLog;
import com.leadwire.automation.sending.HeldEmails;
import com.leadwire.automation.sequences.FollowUpNote;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.pipeline.DealChangeView;
import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageMoveView;
import com.leadwire.telegram.DealMessageView;
import com.leadwire.telegram.DealMessages;

/**
 * A deal's story, newest first: its stage changes (an admin's bulk change says that rules did
 * not run for it), the rules that fired for it (with the trigger, the conditions that matched and
 * what each action did, e-mails included), people's changes and e-mails from the deal page, and
 * both sides of its Telegram conversation, its follow-up sequences (started, each e-mail, stopped
 * with why), and the rules' e-mails held back by the sending hours or the daily cap (until when, why).
 */
@Service
public class DealTimeline {

    private final Deals deals;
    private final FiringLog firings;
    private final DealEdits edits;
    private final DealMessages messages;
    private final FollowUps followUps;
    private final HeldEmails held;

    DealTimeline(Deals deals, FiringLog firings, DealEdits edits, DealMessages messages, FollowUps followUps, HeldEmails held) {
        this.held = held;
        this.followUps = followUps;
        this.deals = deals;
        this.firings = firings;
        this.edits = edits;
        this.messages = messages;
    }

    /** Throws {@link com.leadwire.shared.NotFoundException} for an unknown deal. */
    public List<TimelineEntry> of(long dealId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StageMoveView move : deals.history(dealId)) {
            entries.add(TimelineEntry.of(move, stageSummary(move)));
        }
        for (RuleFiring firing : firings.ofDeal(dealId)) {
            entries.add(TimelineEntry.of(firing, firingSummary(firing)));
        }
        for (DealChangeView change : edits.changes(dealId)) {
            entries.add(TimelineEntry.of(change, changeSummary(change)));
        }
        for (DealMessageView message : messages.of(dealId)) {
            entries.add(TimelineEntry.of(message, (message.direction() == DealMessageView.Direction.IN ? "Telegram from the prospect: "
                    : "Telegram to the prospect: ") + message.text()));
        }
        for (FollowUpView followUp : followUps.ofDeal(dealId)) {
            entries.addAll(followUpEntries(followUp));
        }
        for (HeldEmailView email : held.ofDeal(dealId)) {
            entries.add(TimelineEntry.of(email));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private static List<TimelineEntry> followUpEntries(FollowUpView followUp) {
        List<TimelineEntry> entries = new ArrayList<>();
        String sequence = "Follow-up sequence '" + followUp.sequenceName() + "'";
        entries.add(TimelineEntry.of(followUp.startedAt(), note(followUp, FollowUpNote.What.STARTED, followUp.startedBy(), null),
                sequence + " started by " + followUp.startedBy()));
        for (FollowUpView.Email email : followUp.emails()) {
            String what = email.subject() == null ? "(" + email.template() + ")" : "'" + email.subject() + "' (" + email.template() + ")";
            entries.add(TimelineEntry.of(email.dueAt(), note(followUp, FollowUpNote.What.EMAIL, null, email), sequence + ", e-mail "
                    + email.step() + " " + what + (email.recipient() == null ? "" : " to " + email.recipient()) + ": " + email.status()
                    + (email.detail() == null ? "" : " (" + email.detail() + ")")));
        }
        if (followUp.status() == FollowUpView.Status.COMPLETED) {
            entries.add(TimelineEntry.of(followUp.finishedAt(), note(followUp, FollowUpNote.What.COMPLETED, null, null),
                    sequence + " completed"));
        } else if (followUp.status() == FollowUpView.Status.STOPPED) {
            entries.add(TimelineEntry.of(followUp.finishedAt(), note(followUp, FollowUpNote.What.STOPPED, followUp.stoppedBy(), null),
                    sequence + " stopped: " + followUp.stopReason() + (followUp.stoppedBy() == null ? "" : " (" + followUp.stoppedBy() + ")")));
        }
        return entries;
    }

    private static FollowUpNote note(FollowUpView followUp, FollowUpNote.What what, String by, FollowUpView.Email email) {
        return email == null
                ? new FollowUpNote(followUp.id(), followUp.sequenceName(), what, by, null, null, null, null, null, null,
                        what == FollowUpNote.What.STOPPED ? followUp.stopReason() : null)
                : new FollowUpNote(followUp.id(), followUp.sequenceName(), what, null, email.step(), email.template(), email.subject(),
                        email.recipient(), email.status(), email.detail(), null);
    }

    /** A contact's rule firings, newest first: its own triggers (contact created) and those of its deals. */
    public List<TimelineEntry> ofContact(long contactId) {
        return firings.ofContact(contactId).stream()
                .map(firing -> TimelineEntry.of(firing, firingSummary(firing)))
                .toList();
    }

    private static String stageSummary(StageMoveView move) {
        String moved = move.fromStageName() == null ? "Entered " + move.toStageName()
                : "Moved from " + move.fromStageName() + " to " + move.toStageName();
        String bulk = move.note() != null && (move.note().startsWith("imported") || move.note().startsWith("stage deleted"))
                ? " (an admin's bulk change: rules do not run for it)" : "";
        return moved + " by " + move.actor() + bulk;
    }

    private static String changeSummary(DealChangeView change) {
        if (change.what().equals("email")) {
            return "E-mail " + change.newValue() + " sent by " + change.actor();
        }
        if (change.what().equals("claim")) {
            return "Claimed by " + change.newValue() + " (" + change.actor() + ")";
        }
        return change.what() + " changed from " + (change.oldValue() == null ? "(empty)" : change.oldValue()) + " to "
                + (change.newValue() == null ? "(empty)" : change.newValue()) + " by " + change.actor();
    }

    private static String firingSummary(RuleFiring firing) {
        return switch (firing.outcome()) {
            case FIRED -> "Rule '" + firing.ruleName() + "' fired on " + firing.trigger();
            case SKIPPED_AUTOMATION_OFF -> "Rule '" + firing.ruleName() + "' skipped: automation was off";
            case STOPPED_CHAIN_TOO_DEEP -> "Rule '" + firing.ruleName() + "' stopped: a chain of rules reached its limit";
        };
    }
}
