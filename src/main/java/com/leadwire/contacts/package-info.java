/**
 * Contacts: one per person, identified by normalised e-mail; intake merges new data into the
 * contact that owns the e-mail, or creates one, and records every change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.leadwire.contacts;
