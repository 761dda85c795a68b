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

import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Follow-up sequences ({@code {"name", "emails": [{"template", "delay": "PT1H", "discountPercent": 10}], "bcc"}}),
 * which the rule actions START_SEQUENCE and STOP_SEQUENCE start and stop for a deal's contact, and
 * the follow-ups of a deal or a contact with each e-mail's status.
 */
@RestController
@Tag(name = "Follow-up sequences")
class SequencesController {

    private final Sequences sequences;
    private final FollowUps followUps;
    private final Deals deals;
    private final Contacts contacts;

    SequencesController(Sequences sequences, FollowUps followUps, Deals deals, Contacts contacts) {
        this.sequences = sequences;
        this.followUps = followUps;
        this.deals = deals;
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/sequences")
    @Operation(summary = "All follow-up sequences, by name")
    List<SequenceView> all() {
        return sequences.all();
    }

    @GetMapping("/api/v1/sequences/{id}")
    SequenceView byId(@PathVariable long id) {
        return sequences.find(id).orElseThrow(() -> new NotFoundException("no sequence " + id));
    }

    @PostMapping("/api/v1/sequences")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a sequence: a unique name, one to three e-mails (an existing template, a delay after the previous e-mail "
            + "from PT1S, an optional discountPercent above 0 and at most 100, shown to the template as {{sequence.discount}}) and an "
            + "optional bcc address; 422 naming the part that is wrong")
    SequenceView create(@RequestBody SequenceDraft sequence, Principal caller) {
        return sequences.create(sequence, caller.getName());
    }

    @PutMapping("/api/v1/sequences/{id}")
    @Operation(summary = "Change a sequence; contacts following it get its e-mails as they are when each falls due")
    SequenceView update(@PathVariable long id, @RequestBody SequenceDraft sequence, Principal caller) {
        return sequences.update(id, sequence, caller.getName());
    }

    @DeleteMapping("/api/v1/sequences/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a sequence; 409 while a rule starts or stops it, a lead group sends it, or a contact still follows it")
    void delete(@PathVariable long id, Principal caller) {
        sequences.delete(id, caller.getName());
    }

    @GetMapping("/api/v1/deals/{id}/follow-ups")
    @Operation(summary = "The deal's follow-ups, newest first: status ACTIVE, COMPLETED or STOPPED with stopReason (UNSUBSCRIBED, "
            + "DEAL_MOVED, DEAL_WON, DEAL_LOST, PAYMENT_SUCCEEDED, STOPPED_BY_RULE, AUTOMATION_OFF, LEAD_GROUP, TEST_SWITCHED, MERGED), and each e-mail that fell due with "
            + "its status (QUEUED, SENT, FAILED, BOUNCED, SKIPPED)", tags = {"Follow-up sequences", "Deals"})
    List<FollowUpView> ofDeal(@PathVariable long id) {
        if (deals.find(id).isEmpty()) {
            throw new NotFoundException("no deal " + id);
        }
        return followUps.ofDeal(id);
    }

    @GetMapping("/api/v1/contacts/{id}/follow-ups")
    @Operation(summary = "The contact's follow-ups, newest first, as for a deal", tags = {"Follow-up sequences", "Contacts"})
    List<FollowUpView> ofContact(@PathVariable long id) {
        if (contacts.findById(id).isEmpty()) {
            throw new NotFoundException("no contact " + id);
        }
        return followUps.ofContact(id);
    }
}
