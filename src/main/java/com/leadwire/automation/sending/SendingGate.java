package com.leadwire.automation.sending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leadwire.automation.HoldReason;
import com.leadwire.automation.SendingPolicy;
import com.leadwire.automation.SendingSettings;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailTemplates;

/**
 * Whether an automated e-mail to a contact may go out now: a transactional template always may; a
 * marketing one is held outside the sending hours, or when the contact has had the day's cap of
 * marketing e-mails (one indexed count, and only with the cap on). With both off it answers from
 * the cached settings alone.
 */
@Component
public class SendingGate {

    private final SendingSettings settings;
    private final MailTemplates templates;
    private final MailQueue mail;

    SendingGate(SendingSettings settings, MailTemplates templates, MailQueue mail) {
        this.settings = settings;
        this.templates = templates;
        this.mail = mail;
    }

    /** Empty: send now. The template must exist. */
    public Optional<Hold> holdFor(long contactId, String template, String language, Instant now) {
        SendingPolicy policy = settings.current();
        if (!policy.anyOn() || templates.isTransactional(template, language)) {
            return Optional.empty();
        }
        if (!policy.withinHours(now)) {
            return Optional.of(new Hold(policy.nextSendingInstant(now), HoldReason.OUTSIDE_SENDING_HOURS, policy.zone()));
        }
        if (policy.capOn() && mail.marketingCount(contactId, policy.businessDay(now)) >= policy.perContact()) {
            return Optional.of(new Hold(policy.nextDay(now), HoldReason.DAILY_LIMIT_REACHED, policy.zone()));
        }
        return Optional.empty();
    }

    /** The business day an automated e-mail queued now counts on (for the daily cap). */
    public LocalDate today(Instant now) {
        return settings.current().businessDay(now);
    }
}
