/**
 * CSV imports of contacts and leads: an uploaded file is checked and spooled, then its rows go
 * through the intake path on a background runner, with progress and rejected rows kept per job.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contacts", "intake", "pipeline", "shared"})
package com.leadwire.imports;
