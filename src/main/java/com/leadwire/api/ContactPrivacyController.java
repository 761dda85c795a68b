package com.leadwire.api;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.privacy.ContactExports;
import com.leadwire.privacy.ErasureRecord;
import com.leadwire.privacy.Erasures;
import com.leadwire.privacy.Unsubscribes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A contact's privacy (GDPR / LGPD): unsubscribing them, exporting and erasing what is held on them. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactPrivacyController {

    private final Unsubscribes unsubscribes;
    private final ContactExports exports;
    private final Erasures erasures;

    ContactPrivacyController(Unsubscribes unsubscribes, ContactExports exports, Erasures erasures) {
        this.unsubscribes = unsubscribes;
        this.exports = exports;
        this.erasures = erasures;
    }

    record Unsubscribed(long contactId, boolean unsubscribed, boolean changed) {
    }

    @PostMapping("/{id}/unsubscribe")
    @Operation(summary = "Unsubscribe a contact from marketing e-mail",
            description = "Queued marketing e-mails and follow-ups to the contact are skipped from now on; transactional templates still "
                    + "go out. Fires the CONTACT_UNSUBSCRIBED rules the first time. changed=false: the contact had unsubscribed already.")
    Unsubscribed unsubscribe(@PathVariable long id, Principal caller) {
        boolean changed = unsubscribes.unsubscribe(id, caller.getName());
        return new Unsubscribed(id, true, changed);
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Everything held on a contact, as one JSON document (GDPR / LGPD access)",
            description = "Needs an admin key. Recorded in the audit log. Sections: contact, emails, consent, contactHistory, deals, "
                    + "dealHistory, dealChanges, notes, tasks, inboundEvents "
                    + "(with payloads), outboxMessages, telegramMessages, telegramConversations, ruleFirings, timers, webhookDeliveries, "
                    + "followUps, followUpEmails, merges and mergedContacts (the contacts merged into this one).")
    ResponseEntity<Map<String, Object>> export(@PathVariable long id, Principal caller) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + id + ".json\"")
                .body(exports.export(id, caller.getName()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Erase a contact: everything held on them, everywhere, in one transaction (GDPR / LGPD)",
            description = "Needs an admin key. Recorded in the audit log. Deals stay, anonymised (revenue figures do not change). "
                    + "Answers the erasure record, which holds no personal "
                    + "data: the rows touched per table. A replay of one of the person's idempotency keys is refused afterwards "
                    + "(409, erased); a new submission with the same e-mail makes a new contact. 404 for a contact erased already.")
    ErasureRecord erase(@PathVariable long id, Principal caller) {
        return erasures.erase(id, caller.getName());
    }
}
