package com.leadwire.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.WebhookTargets;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.contacts.EmailAddress;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * The lead groups, for the API and the panel alike: standing rules that a lead enters when its deal
 * starts to match, upon which the group's sequence (or its A/B variant) starts. Checked when saved;
 * the two default groups can be changed (not their source) but not deleted; deleting a custom group
 * stops the follow-ups it started. Listed by priority, highest first: the order in which a contact
 * matching several groups is given to one.
 */
@Service
@Transactional(readOnly = true)
public class LeadGroups {

    public static final int MAX_VARIANTS = 5;
    public static final Duration DEFAULT_ABANDON_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(LeadGroups.class);
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_PRODUCT = 200;
    private static final int MAX_PRODUCTS = 100;
    private static final int MAX_PRIORITY = 1_000_000;
    private static final Duration SHORTEST_ABANDON = Duration.ofSeconds(1);
    private static final Duration LONGEST_ABANDON = Duration.ofDays(30);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final LeadGroupRows rows;
    private final Sequences sequences;
    private final FollowUps followUps;
    private final WebhookTargets webhooks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadGroups(LeadGroupRows rows, Sequences sequences, FollowUps followUps, WebhookTargets webhooks, ApplicationEventPublisher events,
               Clock clock) {
        this.rows = rows;
        this.sequences = sequences;
        this.followUps = followUps;
        this.webhooks = webhooks;
        this.events = events;
        this.clock = clock;
    }

    /** Every group, highest priority first, with its live count of leads. */
    public List<LeadGroupView> all() {
        Map<Long, Long> counts = rows.leadCounts();
        Map<Long, SequenceView> byId = sequencesById();
        return rows.all().stream().map(stored -> view(stored, byId, counts.getOrDefault(stored.id(), 0L))).toList();
    }

    public Optional<LeadGroupView> find(long id) {
        return rows.find(id).map(stored -> view(stored, sequencesById(), rows.leadCount(id)));
    }

    @Transactional
    public LeadGroupView create(LeadGroupDraft draft, String actor) {
        LeadGroupDraft checked = checked(draft, null, null);
        long id = rows.insert(checked, clock.instant());
        log.info("Lead group {} '{}' created by {}: {}, source {}, sequence(s) {}, priority {}", id, checked.name(), actor,
                checked.status(), checked.source(), checked.sequenceIds(), checked.priority());
        events.publishEvent(new LeadGroupsChanged(id));
        return existing(id);
    }

    @Transactional
    public LeadGroupView update(long id, LeadGroupDraft draft, String actor) {
        LeadGroupRows.Stored current = stored(id);
        LeadGroupDraft checked = checked(draft, id, current);
        rows.update(id, checked, clock.instant());
        log.info("Lead group {} '{}' changed by {}: {}, source {}, sequence(s) {}, priority {}", id, checked.name(), actor,
                checked.status(), checked.source(), checked.sequenceIds(), checked.priority());
        events.publishEvent(new LeadGroupsChanged(id));
        return existing(id);
    }

    /** Refused (409) for a default group; a custom group's leads go with it and the follow-ups it started stop. */
    @Transactional
    public void delete(long id, String actor) {
        LeadGroupRows.Stored group = stored(id);
        if (group.kind() == LeadGroupKind.DEFAULT) {
            throw new ConflictException("'" + group.draft().name() + "' is a default group: it cannot be deleted, switch it to INACTIVE "
                    + "instead.");
        }
        int stopped = followUps.stopOfLeadGroup(id, StopReason.LEAD_GROUP, "lead group '" + group.draft().name() + "' deleted by " + actor);
        rows.delete(id);
        log.info("Lead group {} '{}' deleted by {} ({} follow-up(s) stopped)", id, group.draft().name(), actor, stopped);
        events.publishEvent(new LeadGroupsChanged(id));
    }

    private LeadGroupView existing(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    private LeadGroupRows.Stored stored(long id) {
        return rows.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no lead group " + id);
    }

    private Map<Long, SequenceView> sequencesById() {
        return sequences.all().stream().collect(Collectors.toMap(SequenceView::id, Function.identity()));
    }

    private static LeadGroupView view(LeadGroupRows.Stored stored, Map<Long, SequenceView> sequences, long leadCount) {
        LeadGroupDraft draft = stored.draft();
        List<LeadGroupView.Variant> variants = draft.sequenceIds().stream().map(sequences::get).filter(Objects::nonNull)
                .map(LeadGroups::variant).toList();
        return new LeadGroupView(stored.id(), stored.kind(), draft.name(), draft.description(), draft.status(), draft.startsAt(),
                draft.source(), draft.abandonAfter(), draft.sequenceIds(), draft.webhookId(), draft.bcc(), draft.priority(),
                draft.products(), draft.language(), draft.country(), draft.overrideDiscounts(), draft.test(), stored.outcome(), variants,
                leadCount, stored.createdAt(), stored.updatedAt());
    }

    private static LeadGroupView.Variant variant(SequenceView sequence) {
        List<BigDecimal> discounts = new ArrayList<>();
        sequence.emails().forEach(email -> discounts.add(email.discountPercent()));
        return new LeadGroupView.Variant(sequence.id(), sequence.name(), sequence.emails().stream().map(SequenceEmail::delay).toList(),
                Collections.unmodifiableList(discounts));
    }

    private LeadGroupDraft checked(LeadGroupDraft draft, Long id, LeadGroupRows.Stored current) {
        if (draft == null) {
            throw new InvalidInputException("name", "a lead group needs at least a name");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "a lead group needs a name of at most " + MAX_NAME + " characters");
        }
        if (rows.nameTaken(name, id)) {
            throw new InvalidInputException("name", "there is already a lead group named '" + name + "'");
        }
        String description = blankAsNull(draft.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "a description has at most " + MAX_DESCRIPTION + " characters");
        }
        LeadGroupStatus status = draft.status() == null ? LeadGroupStatus.INACTIVE : draft.status();
        LeadSource source = checkedSource(draft.source(), current);
        List<Long> sequenceIds = checkedSequences(draft.sequenceIds(), status);
        Long webhookId = draft.webhookId();
        if (webhookId != null && !webhooks.exists(webhookId)) {
            throw new InvalidInputException("webhookId", "there is no webhook subscription " + webhookId);
        }
        int priority = draft.priority() == null ? 0 : draft.priority();
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new InvalidInputException("priority", "the priority is a whole number from 0 to " + MAX_PRIORITY
                    + " (a contact matching two groups follows the higher one)");
        }
        LeadGroupTest test = checkedTest(draft.test(), sequenceIds.size());
        return new LeadGroupDraft(name, description, status, draft.startsAt(), source, sequenceIds, webhookId,
                EmailAddress.optionalBcc(draft.bcc()), priority, checkedProducts(draft.products()), checkedLanguage(draft.language()),
                checkedCountry(draft.country()), draft.overrideDiscounts(), test, checkedAbandonAfter(draft.abandonAfter(), source));
    }

    private static LeadSource checkedSource(LeadSource wanted, LeadGroupRows.Stored current) {
        if (current != null && current.kind() == LeadGroupKind.DEFAULT) {
            LeadSource fixed = current.draft().source();
            if (wanted != null && wanted != fixed) {
                throw new InvalidInputException("source", "'" + current.draft().name() + "' is a default group: its source stays " + fixed);
            }
            return fixed;
        }
        return wanted == null ? LeadSource.ALL : wanted;
    }

    private List<Long> checkedSequences(List<Long> wanted, LeadGroupStatus status) {
        if (wanted.size() > MAX_VARIANTS) {
            throw new InvalidInputException("sequenceIds", "a group has one sequence, or an A/B test of up to " + MAX_VARIANTS);
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (Long sequenceId : wanted) {
            if (sequenceId == null || !sequences.exists(sequenceId)) {
                throw new InvalidInputException("sequenceIds", "there is no sequence " + sequenceId);
            }
            if (!distinct.add(sequenceId)) {
                throw new InvalidInputException("sequenceIds", "the sequence " + sequenceId + " is named twice");
            }
        }
        if (status == LeadGroupStatus.ACTIVE && distinct.isEmpty()) {
            throw new InvalidInputException("sequenceIds", "an active group needs a sequence to send (two or more for an A/B test)");
        }
        return List.copyOf(distinct);
    }

    private static LeadGroupTest checkedTest(LeadGroupTest test, int variants) {
        if (test == null || test.equals(LeadGroupTest.NONE)) {
            return LeadGroupTest.NONE;
        }
        if (variants < 2) {
            throw new InvalidInputException("test", "end criteria are for an A/B test: give the group two or more sequences");
        }
        BigDecimal conversion = test.targetConversion();
        if (conversion != null && (conversion.signum() <= 0 || conversion.compareTo(BigDecimal.ONE) > 0 || conversion.scale() > 4)) {
            throw new InvalidInputException("test.targetConversion", "a target conversion is a share above 0 and at most 1, e.g. 0.05");
        }
        if (test.targetRevenue() != null && (test.targetRevenue().signum() <= 0 || test.targetRevenue().scale() > 2)) {
            throw new InvalidInputException("test.targetRevenue", "a target revenue is an amount above 0 with at most 2 decimals");
        }
        if (test.targetLeads() != null && test.targetLeads() <= 0) {
            throw new InvalidInputException("test.targetLeads", "a target number of leads is at least 1");
        }
        return test;
    }

    private static List<String> checkedProducts(List<String> products) {
        if (products.size() > MAX_PRODUCTS) {
            throw new InvalidInputException("products", "a group names at most " + MAX_PRODUCTS + " products");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String product : products) {
            String name = product == null ? "" : product.strip();
            if (name.isEmpty() || name.length() > MAX_PRODUCT) {
                throw new InvalidInputException("products", "each product is a name of 1 to " + MAX_PRODUCT + " characters");
            }
            checked.add(name);
        }
        return List.copyOf(checked);
    }

    /** A language tag such as pt, pt-BR or en; a contact matches when its language is the same or a variant of it. */
    private static String checkedLanguage(String language) {
        String tag = blankAsNull(language);
        if (tag == null) {
            return null;
        }
        tag = tag.replace('_', '-');
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") || !LANGUAGES.contains(primary)) {
            throw new InvalidInputException("language", "language must be a language tag such as pt-BR or en");
        }
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static String checkedCountry(String country) {
        String code = blankAsNull(country);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidInputException("country", "country must be a two-letter ISO code such as BR");
        }
        return code;
    }

    private static String checkedAbandonAfter(String abandonAfter, LeadSource source) {
        if (source != LeadSource.ABANDONED) {
            return null;
        }
        String text = blankAsNull(abandonAfter);
        if (text == null) {
            return DEFAULT_ABANDON_AFTER.toString();
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException notIso) {
            duration = null;
        }
        if (duration == null || duration.compareTo(SHORTEST_ABANDON) < 0 || duration.compareTo(LONGEST_ABANDON) > 0) {
            throw new InvalidInputException("abandonAfter", "abandonAfter is an ISO-8601 duration from PT1S to P30D, e.g. PT1H");
        }
        return text;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
