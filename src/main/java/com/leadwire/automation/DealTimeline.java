package com.leadwire.automation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.leadwire.automation.engine.FiringLog;
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
 * both sides of its Telegram conversation.
 */
@Service
public class DealTimeline {

    private final Deals deals;
    private final FiringLog firings;
    private final DealEdits edits;
    private final DealMessages messages;

    DealTimeline(Deals deals, FiringLog firings, DealEdits edits, DealMessages messages) {
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
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
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
