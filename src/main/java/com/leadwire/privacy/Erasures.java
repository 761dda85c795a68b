package com.leadwire.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.audit.AuditLog;
import com.leadwire.shared.DataSubject;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.PersonalData;
import com.leadwire.shared.SequenceIds;

/**
 * Erasing a person (GDPR / LGPD): every module deletes or anonymises its rows about them in one
 * transaction, and an erasure record without personal data stays. Deals stay, anonymised, so
 * revenue figures do not change; intake events keep their idempotency keys, marked erased, so a
 * replay is refused; a later submission with the same e-mail makes a new contact.
 */
@Service
public class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final DataSubjects subjects;
    private final List<PersonalData> holders;
    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final ObjectMapper json;
    private final AuditLog audit;

    Erasures(DataSubjects subjects, List<PersonalData> holders, NamedParameterJdbcTemplate jdbc, SequenceIds ids, ObjectMapper json,
             AuditLog audit) {
        this.audit = audit;
        this.subjects = subjects;
        this.holders = holders;
        this.jdbc = jdbc;
        this.ids = ids;
        this.json = json;
    }

    /** 404 for an unknown contact and for one erased already. */
    @Transactional
    public ErasureRecord erase(long contactId, String actor) {
        if (isErased(contactId)) {
            throw new NotFoundException("contact " + contactId + " was erased");
        }
        DataSubject subject = subjects.of(contactId);
        Map<String, Integer> counts = new TreeMap<>();
        holders.forEach(holder -> counts.putAll(holder.erase(subject)));
        ErasureRecord erasure = new ErasureRecord(ids.next("erasure_seq"), contactId, Instant.now(), actor, counts);
        jdbc.update("""
                INSERT INTO erasure (id, contact_id, erased_at, erased_by, counts) VALUES (:id, :contact, :at, :by, :counts)""",
                new MapSqlParameterSource("id", erasure.id()).addValue("contact", contactId)
                        .addValue("at", Timestamp.from(erasure.erasedAt())).addValue("by", actor).addValue("counts", write(counts)));
        audit.record(actor, "contact.erased", AuditLog.subject("contact", contactId), "erasure " + erasure.id() + ": "
                + counts.values().stream().mapToInt(Integer::intValue).sum() + " rows deleted or anonymised");
        log.info("Contact {} erased by {} (erasure {}): {}", contactId, actor, erasure.id(), counts);
        return erasure;
    }

    @Transactional(readOnly = true)
    public boolean isErased(long contactId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM erasure WHERE contact_id = :contact",
                Map.of("contact", contactId), Boolean.class));
    }

    private String write(Map<String, Integer> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
