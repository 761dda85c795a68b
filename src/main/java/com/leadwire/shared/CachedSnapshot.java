package com.leadwire.shared;

import java.time.Duration;
import java.time.Instant;
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
    private volatile Loaded<T> loaded;

    public CachedSnapshot(Duration maxAge, Supplier<T> loader) {
        this.maxAge = maxAge;
        this.loader = loader;
    }

    public T get() {
        Loaded<T> current = loaded;
        if (current == null || current.at().plus(maxAge).isBefore(Instant.now())) {
            current = new Loaded<>(loader.get(), Instant.now());
            loaded = current;
        }
        return current.value();
    }

    /** Drops the value now and again when the current transaction ends, so nobody keeps the old one. */
    public void invalidate() {
        loaded = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    loaded = null;
                }
            });
        }
    }
}
