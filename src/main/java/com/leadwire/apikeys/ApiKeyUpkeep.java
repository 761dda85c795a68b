package com.leadwire.apikeys;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.leadwire.shared.BackgroundWork;

/** Each node's upkeep of its keys: reloading the usable keys, writing their last use. */
@Component
class ApiKeyUpkeep implements BackgroundWork {

    private final ActiveKeys active;
    private final LastUses lastUses;
    private final ApiKeysProperties properties;
    private ScheduledExecutorService timer;

    ApiKeyUpkeep(ActiveKeys active, LastUses lastUses, ApiKeysProperties properties) {
        this.active = active;
        this.lastUses = lastUses;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "api-keys-upkeep");
            thread.setDaemon(true);
            return thread;
        });
        long refresh = properties.refresh().toMillis();
        timer.scheduleWithFixedDelay(active::reloadQuietly, refresh, refresh, TimeUnit.MILLISECONDS);
        long flush = properties.lastUseFlush().toMillis();
        timer.scheduleWithFixedDelay(lastUses::flushQuietly, flush, flush, TimeUnit.MILLISECONDS);
    }

    /** Writes the last uses marked so far, so a node that stops loses none. */
    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
        lastUses.flushQuietly();
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
