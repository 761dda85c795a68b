package com.leadwire.leads;

import java.time.Instant;

import org.springframework.stereotype.Service;

import com.leadwire.leads.figures.LeadFigureQueries;

/**
 * The dashboard's lead-management section: per lead group and in total, over a period, the value
 * (revenue of the leads that bought after a follow-up e-mail, per step of the last e-mail before it),
 * the follow-up e-mails sent per step, and the conversion (the share of the leads targeted in the
 * period who bought after a follow-up). A lead converts when, after it entered its group, its deal
 * reaches a won stage or its payment succeeds; its revenue is the deal's value then, per currency.
 */
@Service
public class LeadFigures {

    private final LeadFigureQueries queries;

    LeadFigures(LeadFigureQueries queries) {
        this.queries = queries;
    }

    /** The figures of [from, to). */
    public LeadManagementFigures of(Instant from, Instant to) {
        return queries.of(from, to);
    }
}
