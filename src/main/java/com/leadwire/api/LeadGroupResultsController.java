package com.leadwire.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.leads.LeadGroupResults;
import com.leadwire.leads.LeadGroupResultsView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A lead group's A/B test: the figures per variant, the significance of the difference, the end criteria and how the test ended. */
@RestController
@Tag(name = "Lead groups")
class LeadGroupResultsController {

    private final LeadGroupResults results;

    LeadGroupResultsController(LeadGroupResults results) {
        this.results = results;
    }

    @GetMapping("/api/v1/lead-groups/{id}/results")
    @Operation(summary = "A lead group's A/B results for the leads that entered it in a period",
            description = """
                    Per variant (the group's sequences in order): leads that entered in the period (a lead switched to the winner when \
                    the test ended counts in the variant it was tested with; `switched` says how many), e-mails that the variant's \
                    sequence sent to the group's leads (left the outbox: SENT or BOUNCED), conversions (after entering, the deal reached \
                    a won stage or its payment succeeded), conversionRate (0 to 1, null without leads) and the converted deals' revenue \
                    per currency; `vsFirst` compares the variant with the first. `significance`: a two-proportion z-test (pooled, \
                    two-sided) of the second variant against the first, or with more variants of the best-converting other one \
                    (`sequenceId`); significant at 95% when p < 0.05 and both have at least `minimumLeads` leads; `verdict` and \
                    `reading` say it in words. `test`: the end criteria (any one ends the test; targetConversion is a rate from 0 to 1) \
                    and, once ended, endedAt, endReason (END_DATE, TARGET_CONVERSION, TARGET_REVENUE, TARGET_LEADS) and the winner. \
                    Days are counted in the server's time zone, both included; without from or to the period is open on that side. \
                    A date that is not YYYY-MM-DD, or a period that ends before it begins, is refused with 422 naming the parameter; \
                    an unknown group with 404.""")
    LeadGroupResultsView results(@PathVariable long id,
                                 @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) String from,
                                 @Parameter(description = "last day (included), YYYY-MM-DD") @RequestParam(required = false) String to) {
        return results.of(id, ApiDays.parse("from", from), ApiDays.parse("to", to));
    }
}
