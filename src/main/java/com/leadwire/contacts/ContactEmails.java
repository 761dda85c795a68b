package com.leadwire.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.SequenceIds;

/** A contact's further e-mail addresses: once added, an intake with any of them finds the contact. */
@Service
public class ContactEmails {

    private static final Logger log = LoggerFactory.getLogger(ContactEmails.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Contacts contacts;
    private final ContactRows rows;
    private final SequenceIds ids;
    private final Clock clock;

    ContactEmails(NamedParameterJdbcTemplate jdbc, Contacts contacts, ContactRows rows, SequenceIds ids, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.rows = rows;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Adds {@code email} to the contact; adding one it already has changes nothing. 409 when
     * another contact owns the address (merge them instead) or the contact was merged away.
     */
    @Transactional
    public ContactView add(long contactId, String email, String actor) {
        String address = EmailAddress.parse(email).value();
        ContactView contact = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("no contact " + contactId));
        if (contact.mergedInto() != null) {
            throw new ConflictException("contact " + contactId + " was merged into contact " + contact.mergedInto()
                    + "; add the e-mail there");
        }
        if (contact.emails().contains(address)) {
            return contact;
        }
        List<Long> owner = jdbc.queryForList("SELECT contact_id FROM contact_email WHERE email = :email", Map.of("email", address),
                Long.class);
        if (!owner.isEmpty()) {
            throw ownedByAnother(address, owner.get(0));
        }
        Instant now = clock.instant();
        try {
            jdbc.update("""
                    INSERT INTO contact_email (id, contact_id, email, mailbox, is_primary, created_at)
                    VALUES (:id, :contact, :email, :mailbox, FALSE, :now)""", new MapSqlParameterSource()
                    .addValue("id", ids.next("contact_email_seq")).addValue("contact", contactId).addValue("email", address)
                    .addValue("mailbox", new EmailAddress(address).mailbox()).addValue("now", Timestamp.from(now)));
        } catch (DuplicateKeyException raced) {
            throw ownedByAnother(address, null);
        }
        rows.insertHistory(List.of(new ContactRows.HistoryEntry(contactId, null, "EMAIL_ADDED", "email", null, address, actor)), now, ids);
        log.info("Contact {}: e-mail added by {}", contactId, actor);
        return contacts.findById(contactId).orElseThrow();
    }

    private static ConflictException ownedByAnother(String address, Long owner) {
        return new ConflictException("the e-mail " + address + " belongs to " + (owner == null ? "another contact" : "contact " + owner)
                + "; merge the two contacts instead");
    }
}
