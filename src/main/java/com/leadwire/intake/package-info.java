/**
 * Intake: the one path every channel's events take. An {@link com.leadwire.intake.IntakeEvent}
 * is validated, then written (event log, contact, deal, outbox) in a transaction shared with
 * the concurrent events of its batch; the caller is answered after that commit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contacts", "pipeline", "shared", "team"})
package com.leadwire.intake;
