package com.leadwire.api;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.DealTimeline;
import com.leadwire.automation.TimelineEntry;
import com.leadwire.contacts.ContactDuplicates;
import com.leadwire.contacts.ContactEmails;
import com.leadwire.contacts.ContactMergeView;
import com.leadwire.contacts.ContactMerges;
import com.leadwire.contacts.ContactSearch;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.contacts.DuplicateCandidate;
import com.leadwire.contacts.MergePreview;
import com.leadwire.contacts.MergeSide;
import com.leadwire.contacts.MergeUndone;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactsController {

    private final Contacts contacts;
    private final Deals deals;
    private final DealTimeline timeline;
    private final ContactEmails emails;
    private final ContactDuplicates duplicates;
    private final ContactMerges merges;

    ContactsController(Contacts contacts, Deals deals, DealTimeline timeline, ContactEmails emails, ContactDuplicates duplicates,
                       ContactMerges merges) {
        this.contacts = contacts;
        this.deals = deals;
        this.timeline = timeline;
        this.emails = emails;
        this.duplicates = duplicates;
        this.merges = merges;
    }

    record ContactWithDeals(ContactView contact, List<DealView> deals) {
    }

    @GetMapping
    @Operation(summary = "Find a contact by any of its e-mails, or search and page through the contacts",
            description = "With email: that contact with its deals ({contact, deals}), 404 when no contact owns the address. "
                    + "Without: {items, page, size, total}, newest first; q is found anywhere in the name, at the start of any "
                    + "e-mail, and a q that looks like a phone number (4 or more digits) in the phone; source (the source key the contact first came from), country (ISO code), consent and "
                    + "unsubscribed filter. Contacts merged into another, and erased ones, are not listed.")
    Object find(@RequestParam(required = false) String email, @RequestParam(required = false) String q,
                @RequestParam(required = false) String source, @RequestParam(required = false) String country,
                @RequestParam(required = false) Boolean consent, @RequestParam(required = false) Boolean unsubscribed,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (email != null) {
            return withDeals(contacts.findByEmail(email).orElseThrow(() -> new NotFoundException("no contact with e-mail " + email)));
        }
        ApiPages.check(page, size);
        return contacts.search(new ContactSearch(q, source, country, consent, unsubscribed), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A contact with all its e-mails and deals")
    ContactWithDeals byId(@PathVariable long id) {
        return withDeals(contacts.findById(id).orElseThrow(() -> new NotFoundException("no contact " + id)));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The rule firings about a contact, newest first: its own triggers (contact created) and its deals'")
    List<TimelineEntry> timeline(@PathVariable long id) {
        contacts.findById(id).orElseThrow(() -> new NotFoundException("no contact " + id));
        return timeline.ofContact(id);
    }

    record EmailRequest(String email) {
    }

    record MergeRequest(Long into, Long from, Map<String, String> keep) {
    }

    @PostMapping("/{id}/emails")
    @Operation(summary = "Add an e-mail to a contact; intake with it then finds this contact",
            description = "Answers the contact with all its e-mails; adding one it has changes nothing. 409 when another contact "
                    + "owns the address (merge the two instead) or the contact was merged into another; 422 for an invalid address.")
    ContactView addEmail(@PathVariable long id, @RequestBody EmailRequest request, Principal caller) {
        return emails.add(id, request.email(), caller.getName());
    }

    @GetMapping("/{id}/duplicates")
    @Operation(summary = "Contacts that may be the same person, each with its reasons",
            description = "reasons: SAME_PHONE (E.164), SAME_NAME_AND_COMPANY (name ignoring case and the custom field company), "
                    + "SAME_MAILBOX (e-mails that differ only by a +tag, or by dots or googlemail.com at Gmail).")
    List<DuplicateCandidate> duplicates(@PathVariable long id) {
        return duplicates.of(id);
    }

    @GetMapping("/merge-preview")
    @Operation(summary = "What merging contact from into contact into would keep, field by field",
            description = "Each field whose values differ, with the side kept by default: the survivor's (into) value, or the "
                    + "other's where the survivor has none. E-mails, deals, history and consent move to the survivor.")
    MergePreview preview(@RequestParam long into, @RequestParam long from) {
        return merges.preview(into, from);
    }

    @PostMapping("/merge")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Merge contact from into contact into",
            description = "keep chooses per field which contact's value survives, {\"name\": \"from\"}; fields: name, phone, "
                    + "country, language, telegramUserId, fields.<custom field>; left out: as the preview says. The from "
                    + "contact's e-mails, deals, history and consent move to into; from is retired (GET shows mergedInto), "
                    + "intake with its e-mails finds into. Answers the merge with its id, for the undo. 409 when either contact "
                    + "was merged already.")
    ContactMergeView merge(@RequestBody MergeRequest request, Principal caller) {
        if (request.into() == null || request.from() == null) {
            throw new InvalidInputException(request.into() == null ? "into" : "from", "into and from (contact ids) are required");
        }
        return merges.merge(request.into(), request.from(), sides(request.keep()), caller.getName());
    }

    @GetMapping("/merges/{mergeId}")
    @Operation(summary = "A merge: what moved, the field choices, and whether it was undone")
    ContactMergeView mergeById(@PathVariable long mergeId) {
        return merges.find(mergeId);
    }

    @PostMapping("/merges/{mergeId}/undo")
    @Operation(summary = "Undo a merge: both contacts as they were, with their own e-mails and deals",
            description = "What arrived on the surviving contact after the merge stays there and the answer names it: "
                    + "stayedEmails, stayedRows (deal ids under DEAL), keptFields (fields changed since the merge keep the newer "
                    + "value). 409 when the merge was undone already or the survivor has since been merged into another contact.")
    MergeUndone undo(@PathVariable long mergeId, Principal caller) {
        return merges.undo(mergeId, caller.getName());
    }

    private static Map<String, MergeSide> sides(Map<String, String> keep) {
        Map<String, MergeSide> sides = new LinkedHashMap<>();
        if (keep != null) {
            keep.forEach((field, side) -> {
                if (!"into".equals(side) && !"from".equals(side)) {
                    throw new InvalidInputException("keep." + field, "keep." + field + " must be \"into\" or \"from\"");
                }
                sides.put(field, "into".equals(side) ? MergeSide.INTO : MergeSide.FROM);
            });
        }
        return sides;
    }

    private ContactWithDeals withDeals(ContactView contact) {
        return new ContactWithDeals(contact, deals.forContact(contact.id()));
    }
}
