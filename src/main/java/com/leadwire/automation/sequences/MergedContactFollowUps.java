package com.leadwire.automation.sequences;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.contacts.ContactColumnRows;

/**
 * A contact's follow-ups follow it into a merge, as its deals do: the survivor's unsubscribe then
 * stops them too. One person follows a sequence once, so a moved follow-up of a sequence the
 * survivor already follows stops (MERGED). The undo moves the follow-ups back; a stopped one stays
 * stopped.
 */
@Component
class MergedContactFollowUps extends ContactColumnRows {

    private final FollowUpRows rows;
    private final FollowUps followUps;

    MergedContactFollowUps(NamedParameterJdbcTemplate jdbc, FollowUpRows rows, FollowUps followUps) {
        super(jdbc, "FOLLOW_UP", "follow_up", "started_at", "");
        this.rows = rows;
        this.followUps = followUps;
    }

    @Override
    public List<Long> moveAll(long from, long into) {
        List<Long> moved = super.moveAll(from, into);
        Set<Long> sequencesOfSurvivor = new HashSet<>();
        List<FollowUpRows.Active> active = rows.activeOfContact(into, null);
        active.stream().filter(followUp -> !moved.contains(followUp.id())).forEach(own -> sequencesOfSurvivor.add(own.sequenceId()));
        active.stream().filter(followUp -> moved.contains(followUp.id()))
                .filter(followUp -> !sequencesOfSurvivor.add(followUp.sequenceId()))
                .forEach(duplicate -> followUps.stop(duplicate, StopReason.MERGED, "merge of contact " + from + " into " + into));
        return moved;
    }
}
