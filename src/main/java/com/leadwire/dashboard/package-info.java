/**
 * The dashboard: a pipeline's figures for a period of days (per stage, per source) and the
 * e-mails sent in it, as the panel and the API both show them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"outbox", "pipeline", "shared"})
package com.leadwire.dashboard;
