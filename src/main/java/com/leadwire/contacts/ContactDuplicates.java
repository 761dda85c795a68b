package com.leadwire.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.Like;
import com.leadwire.shared.NotFoundException;

/**
 * The other contacts that may be the same person: the same phone, the same name and company,
 * or an e-mail to the same mailbox. Each look-up is one indexed query; retired contacts are left out.
 */
@Service
@Transactional(readOnly = true)
public class ContactDuplicates {

    /** The custom field that names a contact's company (forms map it as {@code contact.fields.company}). */
    static final String COMPANY = "company";

    private final NamedParameterJdbcTemplate jdbc;
    private final Contacts contacts;

    ContactDuplicates(NamedParameterJdbcTemplate jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    public List<DuplicateCandidate> of(long contactId) {
        ContactView contact = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("no contact " + contactId));
        Map<Long, List<DuplicateCandidate.Reason>> reasons = new LinkedHashMap<>();
        if (contact.phone() != null) {
            others("SELECT id FROM contact WHERE phone = :value", contact.phone(), contactId)
                    .forEach(id -> reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(DuplicateCandidate.Reason.SAME_PHONE));
        }
        String company = company(contact);
        if (contact.name() != null && company != null) {
            // the JSON of the custom fields narrows a common name down before the exact check
            List<Long> sameName = jdbc.queryForList("SELECT id FROM contact WHERE name = :name AND custom_fields LIKE :company",
                    new MapSqlParameterSource("name", contact.name())
                            .addValue("company", "%\"" + COMPANY + "\":\"%" + Like.escape(company) + "%\"%"), Long.class)
                    .stream().filter(id -> id != contactId).toList();
            contacts.findAll(sameName).stream().filter(other -> company.equals(company(other)))
                    .forEach(other -> reasons.computeIfAbsent(other.id(), k -> new ArrayList<>())
                            .add(DuplicateCandidate.Reason.SAME_NAME_AND_COMPANY));
        }
        List<String> mailboxes = contact.emails().stream().map(email -> new EmailAddress(email).mailbox()).distinct().toList();
        if (!mailboxes.isEmpty()) {
            others("SELECT DISTINCT contact_id FROM contact_email WHERE mailbox IN (:value)", mailboxes, contactId)
                    .forEach(id -> reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(DuplicateCandidate.Reason.SAME_MAILBOX));
        }
        Map<Long, ContactView> found = new LinkedHashMap<>();
        contacts.findAll(reasons.keySet()).forEach(other -> found.put(other.id(), other));
        return reasons.entrySet().stream().filter(entry -> found.containsKey(entry.getKey()))
                .filter(entry -> found.get(entry.getKey()).mergedInto() == null)
                .map(entry -> new DuplicateCandidate(found.get(entry.getKey()), List.copyOf(entry.getValue()))).toList();
    }

    private List<Long> others(String sql, Object value, long contactId) {
        return jdbc.queryForList(sql, new MapSqlParameterSource("value", value), Long.class).stream()
                .filter(id -> id != contactId).toList();
    }

    private static String company(ContactView contact) {
        String company = contact.customFields().get(COMPANY);
        return company == null || company.isBlank() ? null : company.strip().toLowerCase(Locale.ROOT);
    }
}
