/**
 * The admin panel (Vaadin Flow, open-source components only): login, and the views sales
 * people and admins work in, in English and Brazilian Portuguese.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"apikeys", "audit", "automation", "automation :: sequences", "automation :: timers",
        "automation :: webhooks", "contacts",
        "dashboard", "fields", "forms", "health", "imports", "intake", "leads", "mail", "outbox", "payments", "pipeline", "privacy", "shared", "tasks",
        "team", "telegram"})
package com.leadwire.admin;
