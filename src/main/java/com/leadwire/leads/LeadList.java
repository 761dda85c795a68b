package com.leadwire.leads;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.leadwire.leads.list.LeadCsv;
import com.leadwire.leads.list.LeadQuery;

/**
 * The lead list of {@code 003_…}: every contact in a lead group, filtered and sorted on any of its
 * columns, read a page at a time (the panel's grid and {@code GET /api/v1/leads}) or streamed
 * whole as CSV.
 */
@Service
public class LeadList {

    private final LeadQuery query;
    private final LeadCsv csv;

    LeadList(LeadQuery query, LeadCsv csv) {
        this.query = query;
        this.csv = csv;
    }

    /** A page (from 0) of the list, with the size of the whole filtered list. */
    public LeadPage page(LeadFilter filter, LeadSort sort, int page, int size) {
        List<Lead> items = list(filter, sort, page * size, size);
        // a first page that is not full is the whole list: no second scan to count it
        long total = page == 0 && items.size() < size ? items.size() : count(filter);
        return new LeadPage(items, page, size, total);
    }

    public List<Lead> list(LeadFilter filter, LeadSort sort, int offset, int limit) {
        return query.list(filter, sort, offset, limit);
    }

    public long count(LeadFilter filter) {
        return query.count(filter);
    }

    /** The whole filtered list as CSV, in the list's order; see {@link LeadCsv}. */
    public void writeCsv(LeadFilter filter, LeadSort sort, OutputStream out) throws IOException {
        csv.write(filter, sort, out);
    }

    /** The lead groups' names by id, in name order. */
    public Map<Long, String> groupNames() {
        return query.groupNames();
    }
}
