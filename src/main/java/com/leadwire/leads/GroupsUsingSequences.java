package com.leadwire.leads;

import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.SequenceUsers;

/** A sequence a lead group sends (one of its variants) is not deleted. */
@Component
class GroupsUsingSequences implements SequenceUsers {

    private final LeadGroupRows rows;

    GroupsUsingSequences(LeadGroupRows rows) {
        this.rows = rows;
    }

    @Override
    public List<String> namesOf(long sequenceId) {
        return rows.all().stream().filter(group -> group.draft().sequenceIds().contains(sequenceId))
                .map(group -> "the lead group '" + group.draft().name() + "'").toList();
    }
}
