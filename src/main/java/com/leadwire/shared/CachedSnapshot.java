package com.leadwire.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value loaded from the database and kept for hot paths: reloaded when older than
 * {@code maxAge} (changes from other nodes) and dropped at once when this node changes it.
 */
public final class CachedSnapshot<T> {

    private record Loaded<T>(T value, Instant at) {
    }

    private final Duration maxAge;
    private final Supplier<T> loader;
    private final AtomicLong changes = new AtomicLong();
    private volatile Loaded<T> loaded;

    public CachedSnapshot(Duration maxAge, Supplier<T> loader) {
        this.maxAge = maxAge;
        this.loader = loader;
    }

    public T get() {
        Loaded<T> current = loaded;
        if (current == null || current.at().plus(maxAge).isBefore(Instant.now())) {
            long changesBefore = changes.get();
            current = new Loaded<>(loader.get(), Instant.now());
            // a change that committed while this load ran may be missing from it: use it once, do not keep it
            if (changes.get() == changesBefore) {
                loaded = current;
            }
        }
        return current.value();
    }

    /** Drops the value now and again when the current transaction ends, so nobody keeps the old one. */
    public void invalidate() {
        changes.incrementAndGet();
        loaded = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                    loaded = null;
                }
            });
        }
    }
}
