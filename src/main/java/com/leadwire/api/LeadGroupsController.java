package com.leadwire.api;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Lead groups ({@code {"name", "description", "status", "startsAt", "source", "sequenceIds", "webhookId", "bcc", "priority",
 * "products", "language", "country", "overrideDiscounts", "test": {"endsAt", "targetConversion", "targetRevenue",
 * "targetLeads", "keepBest"}}}): standing rules that a lead enters when its deal starts to match, upon which the group's
 * follow-up sequence (or its A/B variant) starts.
 */
@RestController
@Tag(name = "Lead groups")
class LeadGroupsController {

    private final LeadGroups groups;

    LeadGroupsController(LeadGroups groups) {
        this.groups = groups;
    }

    @GetMapping("/api/v1/lead-groups")
    @Operation(summary = "All lead groups, highest priority first (the order in which a contact matching several is given to one), "
            + "each with its live count of leads (leadCount) and what its sequences send (variants: delays and discounts)")
    List<LeadGroupView> all() {
        return groups.all();
    }

    @GetMapping("/api/v1/lead-groups/{id}")
    LeadGroupView byId(@PathVariable long id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException("no lead group " + id));
    }

    @PostMapping("/api/v1/lead-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a custom lead group: a unique name; status ACTIVE or INACTIVE (default; an active group needs a "
            + "sequence and waits for startsAt); source ALL (every new deal), UNFINISHED (a payment FAILED or EXPIRED) or ABANDONED "
            + "(a deal from a checkout source with no payment within abandonAfter, default PT1H); sequenceIds: one sequence, or 2 to 5 "
            + "for an A/B test (contacts split evenly at random, each keeps its variant); webhookId: a webhook subscription told at "
            + "once of each lead (event LEAD_ENTERED_GROUP); bcc besides the sequence's; priority 0 and up (a contact follows one "
            + "group at a time: the higher priority wins); products (any of them), language (pt matches pt-BR) and country filters; "
            + "overrideDiscounts: the group's discount replaces the deal's own field 'discount' (else that one is shown); test: the A/B "
            + "end criteria. 422 naming the part that is wrong")
    LeadGroupView create(@RequestBody LeadGroupDraft group, Principal caller) {
        return groups.create(group, caller.getName());
    }

    @PutMapping("/api/v1/lead-groups/{id}")
    @Operation(summary = "Change a lead group (the default groups too, but not their source); leads already in it keep their "
            + "follow-up")
    LeadGroupView update(@PathVariable long id, @RequestBody LeadGroupDraft group, Principal caller) {
        return groups.update(id, group, caller.getName());
    }

    @DeleteMapping("/api/v1/lead-groups/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a custom lead group with its leads, stopping the follow-ups it started; 409 for a default group "
            + "(switch it to INACTIVE instead)")
    void delete(@PathVariable long id, Principal caller) {
        groups.delete(id, caller.getName());
    }
}
