/**
 * The team: admins and sales reps who log into the panel and may own deals; their Telegram
 * chat once linked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package com.leadwire.team;
