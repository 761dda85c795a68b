package com.leadwire.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Independent read queries of one answer run side by side, each on its own connection, so a
 * report's time is its slowest query rather than their sum (the dashboard's year with 100k deals:
 * bench/README.md). A few threads for the whole node bound what reports take from the pool.
 */
@Component
public class ParallelReads {

    private static final int THREADS = 4;

    private final ExecutorService threads;

    ParallelReads() {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "parallel-read-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, threads);
    }

    /** The read's result, or its own failure (not wrapped). */
    public static <T> T result(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
