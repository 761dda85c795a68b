package com.leadwire.automation.sending;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.automation.HeldEmailView;
import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerView;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailTemplates;

/**
 * A held rule e-mail fell due: asked again (the new day's cap may be reached already, then it is held
 * again), then queued in the outbox as the rule would have queued it. With automation off it is
 * skipped, as every rule firing is then; a template deleted meanwhile skips it too. Runs in the
 * transaction that marks the timer fired.
 */
@Component
class HeldEmailFiring implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(HeldEmailFiring.class);

    private final HeldEmails held;
    private final SendingGate gate;
    private final AutomationSwitch automation;
    private final MailTemplates templates;
    private final MailQueue mail;
    private final Clock clock;

    HeldEmailFiring(HeldEmails held, SendingGate gate, AutomationSwitch automation, MailTemplates templates, MailQueue mail, Clock clock) {
        this.held = held;
        this.gate = gate;
        this.automation = automation;
        this.templates = templates;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.HELD_EMAIL;
    }

    @Override
    public void fire(TimerView timer) {
        Optional<HeldEmails.Held> found = held.stillHeld(timer.key());
        if (found.isEmpty()) {
            return;
        }
        HeldEmails.Held email = found.get();
        if (!automation.isOn() || !templates.exists(email.request().templateName())) {
            held.finish(email, HeldEmailView.Status.SKIPPED);
            log.info("Rule e-mail {} to contact {} for deal {} skipped: {}", email.id(), email.contactId(), email.dealId(),
                    automation.isOn() ? "its template is gone" : "automation is off");
            return;
        }
        Instant now = clock.instant();
        Optional<Hold> again = gate.holdFor(email.contactId(), email.request().templateName(), email.request().model().contact().language(), now);
        if (again.isPresent()) {
            held.holdAgain(email, again.get());
            return;
        }
        mail.queue(email.request().countingOn(gate.today(now)));
        held.finish(email, HeldEmailView.Status.SENT);
        log.info("Rule e-mail {} of rule '{}' to contact {} for deal {} queued after its hold ({})", email.id(), email.ruleName(),
                email.contactId(), email.dealId(), email.request().idempotencyKey());
    }
}
