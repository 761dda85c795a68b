package com.leadwire.automation.sequences;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.contacts.EmailAddress;
import com.leadwire.mail.MailTemplates;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * The follow-up sequences, for the API and the panel alike: checked when saved (one to three
 * e-mails, each of an existing template, at least a second after the previous one; a valid BCC),
 * and not deleted while a rule starts or stops it, a lead group sends it ({@link SequenceUsers}) or a contact still
 * follows it.
 */
@Service
@Transactional(readOnly = true)
public class Sequences {

    public static final int MAX_EMAILS = 3;
    private static final Logger log = LoggerFactory.getLogger(Sequences.class);
    private static final int MAX_NAME = 200;
    private static final Duration SHORTEST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofDays(366);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SequenceRows rows;
    private final FollowUpRows followUps;
    private final MailTemplates templates;
    // the rules check their sequences when saved: looked up when deleting, not at construction
    private final ObjectProvider<Rules> rules;
    private final ObjectProvider<SequenceUsers> otherUsers;
    private final Clock clock;

    Sequences(SequenceRows rows, FollowUpRows followUps, MailTemplates templates, ObjectProvider<Rules> rules,
              ObjectProvider<SequenceUsers> otherUsers, Clock clock) {
        this.otherUsers = otherUsers;
        this.rows = rows;
        this.followUps = followUps;
        this.templates = templates;
        this.rules = rules;
        this.clock = clock;
    }

    public List<SequenceView> all() {
        return rows.all();
    }

    public Optional<SequenceView> find(long id) {
        return rows.find(id);
    }

    public boolean exists(long id) {
        return rows.find(id).isPresent();
    }

    @Transactional
    public SequenceView create(SequenceDraft draft, String actor) {
        SequenceDraft checked = checked(draft, null);
        long id = rows.insert(checked, clock.instant());
        log.info("Sequence {} '{}' created by {}: {} e-mail(s)", id, checked.name(), actor, checked.emails().size());
        return existing(id);
    }

    @Transactional
    public SequenceView update(long id, SequenceDraft draft, String actor) {
        existing(id);
        SequenceDraft checked = checked(draft, id);
        rows.update(id, checked, clock.instant());
        log.info("Sequence {} '{}' changed by {}: {} e-mail(s)", id, checked.name(), actor, checked.emails().size());
        return existing(id);
    }

    /** Refused (409) while a rule names the sequence, a lead group sends it or a contact still follows it. */
    @Transactional
    public void delete(long id, String actor) {
        SequenceView sequence = existing(id);
        List<String> users = rules.getObject().all().stream().filter(rule -> names(rule, id)).map(RuleView::name).toList();
        if (!users.isEmpty()) {
            throw new ConflictException("The sequence '" + sequence.name() + "' is used by the rule(s) " + String.join(", ", users)
                    + ": change or delete them first.");
        }
        List<String> others = otherUsers.orderedStream().flatMap(user -> user.namesOf(id).stream()).toList();
        if (!others.isEmpty()) {
            throw new ConflictException("The sequence '" + sequence.name() + "' is used by " + String.join(", ", others)
                    + ": change or delete them first.");
        }
        long following = followUps.activeOf(id);
        if (following > 0) {
            throw new ConflictException("The sequence '" + sequence.name() + "' is still followed by " + following
                    + " contact(s): stop their follow-ups first.");
        }
        rows.delete(id);
        log.info("Sequence {} '{}' deleted by {}", id, sequence.name(), actor);
    }

    private static boolean names(RuleView rule, long sequenceId) {
        return rule.actions().stream().anyMatch(action -> Long.valueOf(sequenceId).equals(action.sequenceId()));
    }

    private SequenceView existing(long id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("no sequence " + id));
    }

    private SequenceDraft checked(SequenceDraft draft, Long id) {
        if (draft == null) {
            throw new InvalidInputException("name", "a sequence needs a name and one to three e-mails");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "a sequence needs a name of at most " + MAX_NAME + " characters");
        }
        if (rows.nameTaken(name, id)) {
            throw new InvalidInputException("name", "there is already a sequence named '" + name + "'");
        }
        if (draft.emails().isEmpty() || draft.emails().size() > MAX_EMAILS) {
            throw new InvalidInputException("emails", "a sequence has one to three e-mails");
        }
        List<SequenceEmail> emails = new ArrayList<>();
        for (int i = 0; i < draft.emails().size(); i++) {
            emails.add(checked(draft.emails().get(i), "emails[" + i + "]"));
        }
        return new SequenceDraft(name, emails, EmailAddress.optionalBcc(draft.bcc()));
    }

    private SequenceEmail checked(SequenceEmail email, String where) {
        if (email == null) {
            throw new InvalidInputException(where, "an e-mail cannot be empty");
        }
        if (email.template() == null || email.template().isBlank()) {
            throw new InvalidInputException(where + ".template", "each e-mail needs a template");
        }
        String template = email.template().strip();
        if (!templates.exists(template)) {
            throw new InvalidInputException(where + ".template", "there is no e-mail template named '" + template + "'");
        }
        Duration delay;
        try {
            delay = email.delay() == null ? null : Duration.parse(email.delay().strip());
        } catch (DateTimeParseException notIso) {
            delay = null;
        }
        if (delay == null || delay.compareTo(SHORTEST) < 0 || delay.compareTo(LONGEST) > 0) {
            throw new InvalidInputException(where + ".delay", "the delay is an ISO-8601 duration from PT1S to P366D, e.g. PT1H or P2D");
        }
        BigDecimal discount = email.discountPercent();
        if (discount != null && (discount.signum() <= 0 || discount.compareTo(HUNDRED) > 0 || discount.stripTrailingZeros().scale() > 2)) {
            throw new InvalidInputException(where + ".discountPercent", "a discount is a percentage above 0 and at most 100, e.g. 10 or 12.5");
        }
        return new SequenceEmail(template, email.delay().strip(), discount == null ? null : plain(discount));
    }

    /** 10 rather than 10.00 or 1E+1. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

}
