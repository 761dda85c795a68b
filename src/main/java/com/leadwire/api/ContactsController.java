package com.leadwire.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.DealTimeline;
import com.leadwire.automation.TimelineEntry;
import com.leadwire.contacts.ContactSearch;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
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

    ContactsController(Contacts contacts, Deals deals, DealTimeline timeline) {
        this.contacts = contacts;
        this.deals = deals;
        this.timeline = timeline;
    }

    record ContactWithDeals(ContactView contact, List<DealView> deals) {
    }

    @GetMapping
    @Operation(summary = "Find a contact by any of its e-mails, or search and page through the contacts",
            description = "With email: that contact with its deals ({contact, deals}), 404 when no contact owns the address. "
                    + "Without: {items, page, size, total}, newest first; q is found in the name or any e-mail, and a q that "
                    + "looks like a phone number (4 or more digits) in the phone; source (the source key the contact first came from), country (ISO code), consent and "
                    + "unsubscribed filter. Contacts merged into another are not listed.")
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

    private ContactWithDeals withDeals(ContactView contact) {
        return new ContactWithDeals(contact, deals.forContact(contact.id()));
    }
}
