/**
 * Automation: rules of trigger, conditions and actions, run on the domain events of the intake
 * write, inside its transaction, so their messages are outbox rows of the same commit. This
 * first cut runs "deal created" rules with e-mail actions (the 002 flow's notifications).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contacts", "mail", "outbox", "pipeline", "shared", "team", "telegram"})
package com.leadwire.automation;
