package com.leadwire.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.intake.IntakeService;
import com.leadwire.shared.BackgroundWork;

/**
 * Runs this node's imports one at a time, in the order they were uploaded, and keeps them
 * visibly alive: every job it holds (waiting or running) is touched every {@code stale-after / 4},
 * and a job no node touched for {@code stale-after} (its node stopped or crashed) is marked
 * FAILED, checked at start and every {@code stale-after / 2}. Interrupted imports are not
 * resumed: their spooled upload was on the node that stopped.
 */
@Component
class ImportRunner implements BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private final IntakeService intake;
    private final ImportJobStore store;
    private final ImportProperties properties;
    private final ObjectMapper json;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "import-runner"));
    private ScheduledExecutorService upkeep;
    private volatile ImportRun current;
    private volatile boolean running;
    private volatile boolean stopping;

    ImportRunner(IntakeService intake, ImportJobStore store, ImportProperties properties, ObjectMapper json) {
        this.intake = intake;
        this.store = store;
        this.properties = properties;
        this.json = json;
    }

    void submit(long jobId, Path file, ImportRequest request, ColumnMapping mapping, int totalRows) {
        held.add(jobId);
        jobs.execute(() -> run(new ImportRun(jobId, file, request, mapping, totalRows, intake, store, properties, json), file));
    }

    private void run(ImportRun run, Path file) {
        try {
            if (stopping) {
                store.finish(run.jobId(), ImportState.FAILED, "stopped by a shutdown before it started; upload the file again",
                        Instant.now());
                return;
            }
            current = run;
            run.run();
        } catch (RuntimeException e) {
            log.error("Import {} could not be finished", run.jobId(), e);
        } finally {
            current = null;
            held.remove(run.jobId());
            deleteQuietly(file);
        }
    }

    /** Fails the imports no node is looking after any more. */
    void failAbandoned() {
        Instant now = Instant.now();
        Instant before = now.minus(properties.staleAfter());
        for (long id : store.staleSince(before)) {
            if (!held.contains(id) && store.failIfStale(id, before, "interrupted: the node running it stopped; upload the file "
                    + "again (contacts merge by e-mail)", now)) {
                log.warn("Import {} marked FAILED: the node running it stopped (no sign of life for {})", id, properties.staleAfter());
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        upkeep = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "import-upkeep"));
        long touchMillis = Math.max(100, properties.staleAfter().toMillis() / 4);
        upkeep.scheduleWithFixedDelay(() -> safely(() -> store.touch(Set.copyOf(held), Instant.now())),
                touchMillis, touchMillis, TimeUnit.MILLISECONDS);
        upkeep.scheduleWithFixedDelay(() -> safely(this::failAbandoned), 0, touchMillis * 2, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopping = true;
        ImportRun run = current;
        if (run != null) {
            run.stop();
        }
        jobs.shutdown();
        upkeep.shutdownNow();
        try {
            if (!jobs.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("An import was still finishing at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the intake writers (a lower phase), so the rows already handed over commit. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1536;
    }

    private static void safely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Import upkeep failed: {}", e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the spooled upload {}: {}", file, e.toString());
        }
    }
}
