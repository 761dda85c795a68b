/**
 * The transactional outbox: every message an event triggers (mail, Telegram, webhook) is a row
 * written in the event's transaction, then delivered with retries, back-off and a dead state.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.leadwire.outbox;
