/**
 * Forms: web forms, subscription forms and pop-ups on customers' sites, the script that embeds
 * them, and the public endpoints their submissions arrive at (turned into intake events).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contacts", "intake", "pipeline", "shared", "team"})
package com.leadwire.forms;
