/**
 * Tasks on deals: a title, a due time and an owner on the team. A task that falls due reminds its
 * owner in Telegram through the outbox, fired by an automation timer (no scheduler of its own).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"automation :: timers", "pipeline", "shared", "team", "telegram"})
package com.leadwire.tasks;
