package com.leadwire.intake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.stereotype.Service;

import com.leadwire.contacts.ContactDetails;
import com.leadwire.pipeline.DealPlacer;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * The one door every channel's events come through. Checks the event (and stores nothing when
 * it is bad), then hands it to a writer and answers once its batch has committed.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final int MAX_KEY_LENGTH = 300;
    private static final int MAX_FIELDS = 50;
    private static final int MAX_FIELD_LENGTH = 2000;
    private static final long COMMIT_TIMEOUT_SECONDS = 30;

    private final IntakeWriters writers;
    private final Sources sources;
    private final DealPlacer deals;
    private final Team team;

    IntakeService(IntakeWriters writers, Sources sources, DealPlacer deals, Team team) {
        this.writers = writers;
        this.sources = sources;
        this.deals = deals;
        this.team = team;
    }

    public IntakeResult accept(IntakeEvent event) {
        IntakeEvent checked = checked(event);
        Long responsibleUserId = responsibleOf(checked.deal());
        PendingIntake pending = new PendingIntake(checked, scopedKey(checked), responsibleUserId, Instant.now(),
                new CompletableFuture<>());
        writers.submit(pending);
        IntakeResult result = awaitCommit(pending);
        if (result.erased()) {
            log.info("Intake event refused ({} {}): its key is event {}'s, whose person was erased", checked.channel(),
                    checked.sourceKey() == null ? "-" : checked.sourceKey(), result.eventId());
            throw new ErasedPersonException();
        }
        // an import logs one line per job, not one per row
        log.atLevel(checked.channel() == Channel.IMPORT ? Level.DEBUG : Level.INFO).log(
                "Intake event {} ({} {}): contact {}{}, deal {}{}{}", result.eventId(), checked.channel(),
                checked.sourceKey() == null ? "-" : checked.sourceKey(), result.contactId(),
                result.contactCreated() ? " created" : "", result.dealId(), result.dealCreated() ? " created" : "",
                result.repeated() ? " (repeat, nothing changed)" : "");
        return result;
    }

    private IntakeEvent checked(IntakeEvent event) {
        if (event.sourceKey() != null) {
            sources.findByKey(event.sourceKey())
                    .filter(SourceView::active)
                    .orElseThrow(() -> new NotFoundException("no active source '" + event.sourceKey() + "'"));
        }
        ContactDetails contact = event.contact().normalised();
        requireReasonable(contact.customFields(), "contact field");
        DealRequest deal = event.deal();
        requireReasonable(deal.fields(), "deal field");
        if (deal.amount() != null && deal.amount().signum() < 0) {
            throw new InvalidInputException("amount", "amount must not be negative");
        }
        if (deal.amount() != null && deal.amount().compareTo(new BigDecimal("1e15")) >= 0) {
            throw new InvalidInputException("amount", "amount is too large");
        }
        if (deal.currency() != null && !deal.currency().matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", "currency must be a three-letter ISO code such as BRL");
        }
        if (deal.title() != null && deal.title().length() > 500) {
            throw new InvalidInputException("title", "title has at most 500 characters");
        }
        if (deal.products().size() > MAX_FIELDS || deal.products().stream().anyMatch(p -> p == null || p.length() > 200)) {
            throw new InvalidInputException("products", "at most " + MAX_FIELDS + " products of at most 200 characters");
        }
        deals.validate(deal);
        return new IntakeEvent(event.channel(), event.sourceKey(), event.idempotencyKey(), event.payload(), contact, deal,
                event.actor(), event.createsDeal());
    }

    private Long responsibleOf(DealRequest deal) {
        if (deal.responsible() == null || deal.responsible().isBlank()) {
            return null;
        }
        return team.findByName(deal.responsible().strip()).filter(TeamMember::active).map(TeamMember::id)
                .orElseThrow(() -> new InvalidInputException("deal.responsible", "'" + deal.responsible()
                        + "' is not an active team member (give a username or display name)"));
    }

    private static void requireReasonable(Map<String, String> fields, String what) {
        if (fields.size() > MAX_FIELDS) {
            throw new InvalidInputException("fields", "at most " + MAX_FIELDS + " " + what + "s");
        }
        fields.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new InvalidInputException("fields", what + " names must have 1–100 characters");
            }
            if (value != null && value.length() > MAX_FIELD_LENGTH) {
                throw new InvalidInputException(name, what + " '" + name + "' has more than " + MAX_FIELD_LENGTH + " characters");
            }
        });
    }

    /** Keys are scoped by channel and source; a missing key makes the event unique. */
    private static String scopedKey(IntakeEvent event) {
        String key = event.hasIdempotencyKey() ? event.idempotencyKey().strip() : "auto-" + UUID.randomUUID();
        String scoped = event.channel().name() + ":" + (event.sourceKey() == null ? "-" : event.sourceKey()) + ":" + key;
        return scoped.length() <= MAX_KEY_LENGTH ? scoped : scoped.substring(0, 200) + "#" + sha256(scoped);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IntakeResult awaitCommit(PendingIntake pending) {
        try {
            return pending.result().get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the intake commit", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("intake commit took longer than " + COMMIT_TIMEOUT_SECONDS + " s", e);
        }
    }
}
