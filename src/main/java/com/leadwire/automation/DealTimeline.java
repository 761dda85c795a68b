package com.leadwire.automation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.leadwire.automation.engine.FiringLog;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageMoveView;

/**
 * A deal's story, newest first: its stage changes (an admin's bulk change says that rules did
 * not run for it) and the rules that fired for it, with the trigger, the conditions that matched
 * and what each action did.
 */
@Service
public class DealTimeline {

    private final Deals deals;
    private final FiringLog firings;

    DealTimeline(Deals deals, FiringLog firings) {
        this.deals = deals;
        this.firings = firings;
    }

    /** Throws {@link com.leadwire.shared.NotFoundException} for an unknown deal. */
    public List<TimelineEntry> of(long dealId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StageMoveView move : deals.history(dealId)) {
            entries.add(new TimelineEntry(move.at(), TimelineEntry.Kind.STAGE_CHANGE, stageSummary(move), move, null));
        }
        for (RuleFiring firing : firings.ofDeal(dealId)) {
            entries.add(new TimelineEntry(firing.at(), TimelineEntry.Kind.RULE_FIRING, firingSummary(firing), null, firing));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    /** A contact's rule firings, newest first: its own triggers (contact created) and those of its deals. */
    public List<TimelineEntry> ofContact(long contactId) {
        return firings.ofContact(contactId).stream()
                .map(firing -> new TimelineEntry(firing.at(), TimelineEntry.Kind.RULE_FIRING, firingSummary(firing), null, firing))
                .toList();
    }

    private static String stageSummary(StageMoveView move) {
        String moved = move.fromStageName() == null ? "Entered " + move.toStageName()
                : "Moved from " + move.fromStageName() + " to " + move.toStageName();
        String bulk = move.note() != null && (move.note().startsWith("imported") || move.note().startsWith("stage deleted"))
                ? " (an admin's bulk change: rules do not run for it)" : "";
        return moved + " by " + move.actor() + bulk;
    }

    private static String firingSummary(RuleFiring firing) {
        return switch (firing.outcome()) {
            case FIRED -> "Rule '" + firing.ruleName() + "' fired on " + firing.trigger();
            case SKIPPED_AUTOMATION_OFF -> "Rule '" + firing.ruleName() + "' skipped: automation was off";
            case STOPPED_CHAIN_TOO_DEEP -> "Rule '" + firing.ruleName() + "' stopped: a chain of rules reached its limit";
        };
    }
}
