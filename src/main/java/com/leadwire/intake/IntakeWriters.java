package com.leadwire.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Groups concurrent events into one transaction each. Every writer thread takes what is waiting
 * in its queue (up to the batch size) and commits it at once, so the database commits a batch,
 * not a request. Events are routed to writers by e-mail, so two writers never race for one
 * contact. When a batch fails, its events are retried one by one, so one bad event cannot
 * fail its neighbours.
 */
@Component
class IntakeWriters implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriters.class);
    private static final int SINGLE_EVENT_ATTEMPTS = 3;

    private final IntakeBatchWrite batchWrite;
    private final IntakeProperties properties;
    private final List<BlockingQueue<PendingIntake>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    IntakeWriters(IntakeBatchWrite batchWrite, IntakeProperties properties) {
        this.batchWrite = batchWrite;
        this.properties = properties;
    }

    void submit(PendingIntake pending) {
        if (!running) {
            throw new IllegalStateException("intake is not running");
        }
        int writer = Math.floorMod(pending.event().contact().email().hashCode(), queues.size());
        queues.get(writer).add(pending);
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.writers(); i++) {
            BlockingQueue<PendingIntake> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            Thread thread = new Thread(() -> drain(queue), "intake-writer-" + i);
            thread.setDaemon(false);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        queues.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at a higher phase) so accepted requests finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    private void drain(BlockingQueue<PendingIntake> queue) {
        List<PendingIntake> batch = new ArrayList<>(properties.maxBatchSize());
        while (running || !queue.isEmpty()) {
            try {
                PendingIntake first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                collect(queue, batch);
                write(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                }
                write(batch);
            } finally {
                batch.clear();
            }
        }
    }

    /** Adds what is waiting, and what arrives within the batch window, up to the batch size. */
    private void collect(BlockingQueue<PendingIntake> queue, List<PendingIntake> batch) throws InterruptedException {
        queue.drainTo(batch, properties.maxBatchSize() - batch.size());
        long deadline = System.nanoTime() + properties.batchWindow().toNanos();
        for (long left = deadline - System.nanoTime(); left > 0 && batch.size() < properties.maxBatchSize();
             left = deadline - System.nanoTime()) {
            PendingIntake next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, properties.maxBatchSize() - batch.size());
        }
    }

    private void write(List<PendingIntake> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<IntakeResult> results = batchWrite.write(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException batchFailure) {
            if (batch.size() > 1) {
                log.warn("Intake batch of {} failed ({}); writing its events one by one", batch.size(), batchFailure.toString());
            }
            batch.forEach(this::writeAlone);
        }
    }

    private void writeAlone(PendingIntake pending) {
        for (int attempt = 1; ; attempt++) {
            try {
                pending.result().complete(batchWrite.write(List.of(pending)).get(0));
                return;
            } catch (RuntimeException failure) {
                boolean retryable = failure instanceof TransientDataAccessException
                        || failure instanceof ConcurrencyFailureException
                        || failure instanceof DataIntegrityViolationException;
                if (!retryable || attempt >= SINGLE_EVENT_ATTEMPTS) {
                    log.error("Intake event {} failed and was not stored: {}", pending.scopedKey(), failure.toString());
                    pending.result().completeExceptionally(failure);
                    return;
                }
            }
        }
    }
}
