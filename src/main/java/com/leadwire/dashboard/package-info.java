/**
 * The dashboard: a pipeline's figures for a period of days (per stage, per source) and the
 * e-mails sent in it, and the lead groups' follow-ups (lead management), as the panel and the API both show them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"leads", "outbox", "pipeline", "shared"})
package com.leadwire.dashboard;
