package com.leadwire.pipeline;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.JsonFields;
import com.leadwire.shared.NotFoundException;

/** The sources deals come from, and where each one places its deals. */
@Service
public class Sources {

    private static final Logger log = LoggerFactory.getLogger(Sources.class);
    /** The lengths of the source table's columns. */
    private static final int MAX_NAME = 200;
    private static final int MAX_SECRET = 200;
    private static final int MAX_TITLE_TEMPLATE = 500;
    private static final int SECRET_BYTES = 32;
    private static final String SECRET_PREFIX = "lws_";
    private static final SecureRandom SECRETS = new SecureRandom();

    private final SourceRepository sources;
    private final PlacementCatalog catalog;
    private final JsonFields json;
    private final NamedParameterJdbcTemplate jdbc;
    private final List<SourceSettingsCheck> settingsChecks;
    private final AuditLog audit;

    Sources(SourceRepository sources, PlacementCatalog catalog, JsonFields json, NamedParameterJdbcTemplate jdbc,
            List<SourceSettingsCheck> settingsChecks, AuditLog audit) {
        this.sources = sources;
        this.catalog = catalog;
        this.json = json;
        this.jdbc = jdbc;
        this.settingsChecks = List.copyOf(settingsChecks);
        this.audit = audit;
    }

    /**
     * From the placement snapshot, as {@link #all()}: cheap enough for every intake request, so
     * neither runs in a transaction (the snapshot reloads in one of its own).
     */
    public Optional<SourceView> findByKey(String key) {
        return Optional.ofNullable(catalog.current().sourceByKey().get(key));
    }

    public List<SourceView> all() {
        return catalog.current().sourceByKey().values().stream().sorted(Comparator.comparing(SourceView::id)).toList();
    }

    @Transactional
    public SourceView create(SourceDraft draft, String actor) {
        validate(draft);
        if (sources.findByKey(draft.key()).isPresent()) {
            throw new ConflictException("a source with key '" + draft.key() + "' exists");
        }
        Source source = sources.saveAndFlush(new Source(draft, rule -> json.write(rule.when())));
        catalog.invalidate();
        log.info("Source {} '{}' created ({}) by {}", source.getId(), draft.key(), draft.kind(), actor);
        audit.record(actor, "source.created", AuditLog.subject("source", source.getId()),
                draft.kind() + " '" + draft.key() + "'" + (draft.secret() == null ? "" : ", with a secret"));
        return source.view(json::read);
    }

    @Transactional
    public SourceView update(long id, SourceDraft draft, String actor) {
        validate(draft);
        Source source = sources.findById(id).orElseThrow(() -> new NotFoundException("no source " + id));
        sources.findByKey(draft.key()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new ConflictException("a source with key '" + draft.key() + "' exists");
        });
        String secretBefore = source.view(json::read).secret();
        source.apply(draft, rule -> json.write(rule.when()));
        sources.flush();
        catalog.invalidate();
        boolean secretReplaced = !Objects.equals(secretBefore, source.view(json::read).secret());
        log.info("Source {} '{}' changed by {}{}", id, draft.key(), actor, secretReplaced ? " (secret replaced)" : "");
        audit.record(actor, "source.updated", AuditLog.subject("source", id),
                "'" + draft.key() + "'" + (secretReplaced ? ", secret replaced" : ""));
        return source.view(json::read);
    }

    /**
     * Gives the source a new random secret (a payment provider's signing secret, an API source's
     * key) and returns it: the only time it is shown, so it is never logged.
     */
    @Transactional
    public RotatedSecret rotateSecret(long id, String actor) {
        Source source = sources.findById(id).orElseThrow(() -> new NotFoundException("no source " + id));
        byte[] random = new byte[SECRET_BYTES];
        SECRETS.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        source.replaceSecret(secret);
        sources.flush();
        catalog.invalidate();
        log.info("Source {} '{}' secret rotated by {}", id, source.view(json::read).key(), actor);
        audit.record(actor, "source.secret-rotated", AuditLog.subject("source", id), "'" + source.view(json::read).key() + "'");
        return new RotatedSecret(source.view(json::read), secret);
    }

    /** A source with the secret it was just given. */
    public record RotatedSecret(SourceView source, String secret) {

        @Override
        public String toString() {
            return "RotatedSecret[source=" + source.key() + "]";
        }
    }

    /**
     * The title a deal of this template would get for these sample values: what the deal title
     * preview shows while the template is being written. A template that does not compile is a 422.
     */
    public String previewTitle(String template, String contactName, String contactEmail, Map<String, String> fields,
                               String sourceName, List<String> products) {
        return DealTitles.preview(template, contactName, contactEmail, fields, sourceName, products);
    }

    /** Deletes an unused source; one that deals came from is deactivated instead, keeping their history. */
    @Transactional
    public void delete(long id, String actor) {
        Source source = sources.findById(id).orElseThrow(() -> new NotFoundException("no source " + id));
        long deals = jdbc.queryForObject("SELECT COUNT(*) FROM deal WHERE source_id = :id", Map.of("id", id), Long.class);
        if (deals > 0) {
            source.deactivate();
            log.info("Source {} deactivated by {} ({} deals came from it)", id, actor, deals);
            audit.record(actor, "source.deactivated", AuditLog.subject("source", id), deals + " deals came from it");
        } else {
            sources.delete(source);
            log.info("Source {} deleted by {}", id, actor);
            audit.record(actor, "source.deleted", AuditLog.subject("source", id), "'" + source.view(json::read).key() + "'");
        }
        catalog.invalidate();
    }

    private void validate(SourceDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "kind is required (FORM, POPUP, PAYMENT, TELEGRAM, API, IMPORT)");
        }
        if (draft.key() == null || !draft.key().matches("[a-z0-9][a-z0-9_-]{1,99}")) {
            throw new InvalidInputException("key", "key must be 2–100 characters of a-z, 0-9, '-' or '_'");
        }
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "name is required");
        }
        requireAtMost("name", draft.name(), MAX_NAME);
        requireAtMost("secret", draft.secret(), MAX_SECRET);
        requireAtMost("dealTitleTemplate", draft.dealTitleTemplate(), MAX_TITLE_TEMPLATE);
        PlacementCatalog.Snapshot snapshot = catalog.current();
        if (draft.pipelineId() != null && !snapshot.pipelineById().containsKey(draft.pipelineId())) {
            throw new NotFoundException("no pipeline " + draft.pipelineId());
        }
        if (draft.stageId() != null) {
            requireStage(snapshot, draft.pipelineId(), draft.stageId());
        }
        draft.placementRules().forEach(rule -> requireStage(snapshot, rule.pipelineId(), rule.stageId()));
        DealTitles.requireValid(draft.dealTitleTemplate());
        if (draft.checkout() && draft.kind() != SourceKind.FORM && draft.kind() != SourceKind.POPUP) {
            throw new InvalidInputException("checkout", "only a pop-up or a form can be a checkout");
        }
        settingsChecks.stream().filter(check -> check.appliesTo(draft.kind())).forEach(check -> check.check(draft.settings()));
    }

    private static void requireAtMost(String field, String value, int length) {
        if (value != null && value.length() > length) {
            throw new InvalidInputException(field, field + " has at most " + length + " characters");
        }
    }

    private static void requireStage(PlacementCatalog.Snapshot snapshot, Long pipelineId, long stageId) {
        PipelineView pipeline = snapshot.pipelineOfStage().get(stageId);
        if (pipeline == null) {
            throw new NotFoundException("no stage " + stageId);
        }
        if (pipelineId != null && pipeline.id() != pipelineId) {
            throw new InvalidInputException("stageId", "stage " + stageId + " is not in pipeline " + pipelineId);
        }
    }
}
