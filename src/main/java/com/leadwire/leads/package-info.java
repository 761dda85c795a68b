/**
 * Lead management of 003_...: lead groups (default and custom), standing rules that a lead enters
 * when its deal starts to match, upon which the group's follow-up sequence or A/B variant starts.
 * The base package is what other modules and the panel use; the sub-packages are its parts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"automation", "automation :: sequences", "automation :: timers",
        "contacts", "pipeline", "shared"})
package com.leadwire.leads;
