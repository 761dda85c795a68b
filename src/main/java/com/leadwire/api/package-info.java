/**
 * The HTTP edge shared by every channel: API keys, request size limits, problem+json answers
 * for Camel routes and controllers, readiness, OpenAPI; and the API's own endpoints.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"apikeys", "audit", "automation", "automation :: sequences",
        "automation :: timers", "automation :: webhooks",
        "contacts", "dashboard", "fields", "health", "intake", "leads", "mail", "outbox", "pipeline", "privacy", "shared", "tasks", "team", "telegram"})
package com.leadwire.api;
