package com.leadwire.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.shared.DataSubject;
import com.leadwire.shared.PersonalData;

/**
 * Everything Leadwire holds on a contact as one document (GDPR / LGPD access request): the contact,
 * its e-mails and consent, deals with their history, changes and notes, tasks, intake events with
 * their payloads, outbox messages, Telegram messages, rule firings, timers and webhook deliveries.
 */
@Service
public class ContactExports {

    private static final Logger log = LoggerFactory.getLogger(ContactExports.class);

    private final DataSubjects subjects;
    private final List<PersonalData> holders;
    private final AuditLog audit;

    ContactExports(DataSubjects subjects, List<PersonalData> holders, AuditLog audit) {
        this.subjects = subjects;
        this.holders = holders;
        this.audit = audit;
    }

    /** Sections by name, each a list of rows; {@code contact} and {@code consent} are single objects. Recorded in the audit log. */
    @Transactional
    public Map<String, Object> export(long contactId, String actor) {
        DataSubject subject = subjects.of(contactId);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("contactId", contactId);
        document.put("exportedAt", Instant.now().toString());
        holders.forEach(holder -> holder.export(subject).forEach((section, rows) ->
                document.put(section, single(section) ? (rows.isEmpty() ? null : rows.get(0)) : rows)));
        audit.record(actor, "contact.exported", AuditLog.subject("contact", contactId), "everything held on the contact, "
                + subject.dealIds().size() + " deal(s)");
        log.info("Contact {} exported by {}", contactId, actor);
        return document;
    }

    private static boolean single(String section) {
        return section.equals("contact") || section.equals("consent");
    }
}
