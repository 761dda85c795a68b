/**
 * CSV imports of contacts and leads: an uploaded file is checked and spooled, then its rows go
 * through the intake path on a background runner, with progress and rejected rows kept per job.
 */
package com.leadwire.imports;
