/**
 * API keys: created with a name, a scope (read, write, admin) and optionally an owner on the team,
 * stored hashed, revoked; checked on every API request from a snapshot in memory that every node
 * refreshes within seconds, so a revoked key stops working everywhere without a query per request.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "team"})
package com.leadwire.apikeys;
