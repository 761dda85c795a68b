package com.leadwire.shared;

import org.springframework.context.SmartLifecycle;

/**
 * Work a node does on its own: leases, polling, upkeep, timers. It starts once the app is ready,
 * not while it is starting, so a start that fails leaves nothing running that keeps the process
 * alive or touches shared rows; it stops, like any lifecycle, when the context closes.
 */
public interface BackgroundWork extends SmartLifecycle {

    @Override
    default boolean isAutoStartup() {
        return false;
    }
}
