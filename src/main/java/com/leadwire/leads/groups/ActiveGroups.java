package com.leadwire.leads.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.LeadGroupsChanged;
import com.leadwire.leads.LeadSource;
import com.leadwire.shared.CachedSnapshot;

/**
 * The groups as the intake's events need them, kept in memory: an event that no group takes in
 * costs no database round-trip. Dropped when this node changes a group, reloaded after 30 s for
 * changes made on another node.
 */
@Component
class ActiveGroups {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** Every group by id (also inactive ones: a running follow-up's group keeps its priority), highest priority first. */
    private record Snapshot(List<LeadGroupView> ordered, Map<Long, LeadGroupView> byId) {
    }

    private final CachedSnapshot<Snapshot> snapshot;

    ActiveGroups(LeadGroups groups) {
        this.snapshot = new CachedSnapshot<>(MAX_AGE, () -> {
            List<LeadGroupView> all = groups.all();
            return new Snapshot(all, all.stream().collect(Collectors.toMap(LeadGroupView::id, Function.identity())));
        });
    }

    /** The groups that take in leads of the source at {@code now}, highest priority first. */
    List<LeadGroupView> taking(LeadSource source, Instant now) {
        return snapshot.get().ordered().stream().filter(group -> group.source() == source && group.takesLeadsAt(now)).toList();
    }

    boolean anyTaking(LeadSource source, Instant now) {
        return snapshot.get().ordered().stream().anyMatch(group -> group.source() == source && group.takesLeadsAt(now));
    }

    LeadGroupView byId(long id) {
        return snapshot.get().byId().get(id);
    }

    @EventListener
    void on(LeadGroupsChanged changed) {
        snapshot.invalidate();
    }
}
