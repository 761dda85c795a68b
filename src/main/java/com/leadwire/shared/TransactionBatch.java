package com.leadwire.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction adds one by one and writes together, as one JDBC batch just before it
 * commits: a batch of intake events then costs one insert round trip per table, not one per
 * row. A second row with the same key in one transaction is the same row.
 */
public final class TransactionBatch<T> {

    private final Consumer<Map<String, T>> writer;

    /** {@code writer} gets the transaction's rows (by key, in the order they came) before the commit. */
    public TransactionBatch(Consumer<Map<String, T>> writer) {
        this.writer = writer;
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
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!created.isEmpty()) {
                    writer.accept(created);
                    created.clear();
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
