/**
 * The team: admins and sales reps who log into the panel and may own deals; their Telegram
 * chat once linked. A member's e-mail address is checked as a contact's is (contacts' EmailAddress).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "contacts", "shared"})
package com.leadwire.team;
