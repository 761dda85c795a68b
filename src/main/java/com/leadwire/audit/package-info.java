/**
 * The audit log: who changed which configuration and when (rules, the automation switch, sources
 * and their secrets, API keys, the team, exports and erasures). Other modules record; admins read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.leadwire.audit;
