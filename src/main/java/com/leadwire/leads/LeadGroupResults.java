package com.leadwire.leads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupResultsView.Variant;
import com.leadwire.leads.abtests.AbTestRows;
import com.leadwire.leads.abtests.AbTestRows.Tally;
import com.leadwire.leads.abtests.AbTestsProperties;
import com.leadwire.leads.abtests.GroupTest;
import com.leadwire.leads.abtests.SignificanceReading;
import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * A lead group's A/B results for the API and the panel: per variant the leads that entered in a
 * period, the e-mails its sequence sent them, conversions and revenue; the significance of the
 * difference in words; the test's end criteria and end. Days are the server's time zone's, as on
 * the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class LeadGroupResults {

    private final AbTestRows rows;
    private final FollowUps followUps;
    private final Sequences sequences;
    private final AbTestsProperties properties;

    LeadGroupResults(AbTestRows rows, FollowUps followUps, Sequences sequences, AbTestsProperties properties) {
        this.rows = rows;
        this.followUps = followUps;
        this.sequences = sequences;
        this.properties = properties;
    }

    /**
     * The results of the leads that entered from {@code from} to {@code to} (days, both included; null: open).
     * Throws {@link NotFoundException} for an unknown group, {@link InvalidInputException} when {@code to} is before {@code from}.
     */
    public LeadGroupResultsView of(long groupId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends (" + to + ") before it begins (" + from + ")");
        }
        GroupTest test = rows.find(groupId).orElseThrow(() -> new NotFoundException("no lead group " + groupId));
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, Tally> tallies = rows.tallies(groupId, start, end);
        Map<Long, List<Amount>> revenue = rows.revenue(groupId, start, end);
        Map<Long, Long> sent = followUps.emailsSentOfLeadGroup(groupId, start, end);
        int minimum = properties.minimumLeads();

        List<SignificanceReading.Named> named = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        for (long sequenceId : test.variants()) {
            String name = sequences.find(sequenceId).map(SequenceView::name).orElse("#" + sequenceId);
            Tally tally = tallies.getOrDefault(sequenceId, new Tally(0, 0, 0));
            named.add(new SignificanceReading.Named(sequenceId, name, tally));
            variants.add(new Variant(sequenceId, name, tally.leads(), sent.getOrDefault(sequenceId, 0L), tally.conversions(), tally.rate(),
                    revenue.getOrDefault(sequenceId, List.of()), tally.switched(),
                    named.size() == 1 ? null : SignificanceReading.compare(named.get(0).tally(), tally, minimum)));
        }
        return new LeadGroupResultsView(groupId, test.name(), from, to, variants, SignificanceReading.of(named, minimum),
                new LeadGroupResultsView.Test(test.endsAt(), test.targetConversion(), test.targetRevenue(), test.targetLeads(),
                        test.keepBest(), test.endedAt(), test.endReason(), test.winnerSequenceId()));
    }
}
