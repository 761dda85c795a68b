package com.leadwire.admin.leads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupView;

/**
 * The priorities that put the groups in the order the admin chose, highest first. Only what must
 * change changes: from the bottom up, a group keeps its priority unless it has to rise above the one
 * below it, so groups of equal priority also end up in the chosen order.
 */
final class PriorityOrder {

    private PriorityOrder() {
    }

    /** The new priority of each group whose priority changes, by group id. */
    static Map<Long, Integer> changes(List<LeadGroupView> chosenOrder) {
        Map<Long, Integer> changes = new LinkedHashMap<>();
        int below = -1;
        for (int i = chosenOrder.size() - 1; i >= 0; i--) {
            LeadGroupView group = chosenOrder.get(i);
            int priority = Math.max(group.priority(), below + 1);
            if (priority != group.priority()) {
                changes.put(group.id(), priority);
            }
            below = priority;
        }
        return changes;
    }

    static LeadGroupDraft withPriority(LeadGroupDraft draft, int priority) {
        return new LeadGroupDraft(draft.name(), draft.description(), draft.status(), draft.startsAt(), draft.source(), draft.sequenceIds(),
                draft.webhookId(), draft.bcc(), priority, draft.products(), draft.language(), draft.country(), draft.overrideDiscounts(),
                draft.test(), draft.abandonAfter());
    }
}
