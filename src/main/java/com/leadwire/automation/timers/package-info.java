/**
 * Timers of the automation rules: idle-in-stage and delay timers are rows with a due time; any
 * node claims the due ones and hands them to the rules engine ({@link TimerHandler}).
 */
@org.springframework.modulith.NamedInterface("timers")
package com.leadwire.automation.timers;
