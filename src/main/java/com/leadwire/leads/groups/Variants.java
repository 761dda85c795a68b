package com.leadwire.leads.groups;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;

import com.leadwire.leads.LeadGroupView;

/**
 * Which of a group's sequences a new lead follows: the only one, or, in an A/B test, one of the
 * variants with the fewest leads so far, picked at random. So the split stays even (the counts
 * differ by one at most) and who lands where is random. A lead keeps its variant (lead_member). Once
 * the test has ended, every new lead gets its winner.
 */
@Component
class Variants {

    private final MemberRows members;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    Variants(MemberRows members) {
        this.members = members;
    }

    long pick(LeadGroupView group) {
        List<Long> sequences = group.sequenceIds();
        if (sequences.size() == 1) {
            return sequences.get(0);
        }
        if (group.testOutcome() != null && group.testOutcome().winnerSequenceId() != null) {
            return group.testOutcome().winnerSequenceId();
        }
        Map<Long, Long> leads = members.perVariant(group.id());
        long fewest = sequences.stream().mapToLong(sequence -> leads.getOrDefault(sequence, 0L)).min().orElse(0);
        List<Long> emptiest = sequences.stream().filter(sequence -> leads.getOrDefault(sequence, 0L) == fewest).toList();
        synchronized (random) {
            return emptiest.get(random.nextInt(emptiest.size()));
        }
    }
}
