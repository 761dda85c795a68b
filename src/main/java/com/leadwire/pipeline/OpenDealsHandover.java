package com.leadwire.pipeline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.team.OpenDeals;

/** A leaving team member's open deals, handed over one by one as a person reassigns a deal, so each deal's history shows it. */
@Component
class OpenDealsHandover implements OpenDeals {

    private final DealRepository deals;
    private final DealEdits edits;

    OpenDealsHandover(DealRepository deals, DealEdits edits) {
        this.deals = deals;
        this.edits = edits;
    }

    @Override
    @Transactional(readOnly = true)
    public long countOf(long userId) {
        return deals.findOpenDealIdsOf(userId).size();
    }

    @Override
    @Transactional
    public int handOver(long fromUserId, Long toUserId, String actor) {
        var open = deals.findOpenDealIdsOf(fromUserId);
        open.forEach(dealId -> edits.assign(dealId, toUserId, actor));
        return open.size();
    }
}
