package com.leadwire.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction adds one by one and writes together, as one JDBC batch just before it
 * commits: a batch of intake events then costs one insert round trip per table, not one per
 * row. A second row with the same key in one transaction is the same row.
 */
public final class TransactionBatch<T> {

    private final Function<Map<String, T>, Runnable> writer;

    /** {@code writer} gets the transaction's rows (by key, in the order they came) before the commit. */
    public TransactionBatch(Consumer<Map<String, T>> writer) {
        this(rows -> {
            writer.accept(rows);
            return null;
        });
    }

    private TransactionBatch(Function<Map<String, T>, Runnable> writer) {
        this.writer = writer;
    }

    /**
     * A batch whose writer may answer work to do once the transaction has committed (or null): what
     * must not happen unless the rows are stored, such as handing them to a sender.
     */
    public static <T> TransactionBatch<T> thenAfterCommit(Function<Map<String, T>, Runnable> writer) {
        return new TransactionBatch<>(writer);
    }

    /** Adds a row to the current transaction's batch, unless one with that key is already in it. */
    public void add(String key, T row) {
        pending().putIfAbsent(key, row);
    }

    /** This transaction's rows not written yet, to change or drop some; empty (and not started) when it added none. */
    public Map<String, T> pendingIfAny() {
        @SuppressWarnings("unchecked")
        Map<String, T> rows = (Map<String, T>) TransactionSynchronizationManager.getResource(this);
        return rows != null ? rows : Collections.emptyMap();
    }

    /** This transaction's rows not written yet, to read or to drop some. */
    public Map<String, T> pending() {
        @SuppressWarnings("unchecked")
        Map<String, T> rows = (Map<String, T>) TransactionSynchronizationManager.getResource(this);
        if (rows != null) {
            return rows;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("rows of a transaction batch need a transaction");
        }
        Map<String, T> created = new LinkedHashMap<>();
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private Runnable committed;

            @Override
            public void beforeCommit(boolean readOnly) {
                if (!created.isEmpty()) {
                    committed = writer.apply(created);
                    created.clear();
                }
            }

            @Override
            public void afterCommit() {
                if (committed != null) {
                    committed.run();
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TransactionBatch.this);
            }
        });
        return created;
    }
}
