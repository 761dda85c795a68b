/**
 * Privacy (GDPR / LGPD): signed unsubscribe links and unsubscribing, and the export and erasure of
 * everything Leadwire holds on a person, gathered from every module's {@link com.leadwire.shared.PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "contacts", "intake", "mail", "pipeline", "shared"})
package com.leadwire.privacy;
