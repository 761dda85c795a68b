/**
 * Automation: rules of trigger, conditions and actions, run on the domain events of the intake
 * write, inside its transaction, so their messages are outbox rows of the same commit; timers for
 * idle deals and delays; outbound webhooks; the global switch; dry-run and the deal timeline.
 * The base package is what other modules use; the sub-packages are its parts (decision 005).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "contacts", "fields", "mail", "outbox", "pipeline", "shared", "team",
        "telegram"})
package com.leadwire.automation;
