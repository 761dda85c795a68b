package com.leadwire.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.imports.ColumnMapping.ImportedRow;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * One import job running: the file is streamed record by record and each row is handed to a
 * worker that calls the intake service, so the rows of a job are in flight together and the
 * intake writers batch them. Rows of one e-mail always go to the same worker, so they are taken
 * in file order (later rows fill what earlier ones left empty). At most
 * {@code rowsInFlight} rows wait for the workers, whatever the file size. The idempotency key of
 * a row is {@code <job id>:<row>}, so handing a row in again (after a failed commit) changes
 * nothing twice.
 */
final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private record RowTask(int row, List<String> record) {
        static final RowTask END = new RowTask(-1, List.of());
    }

    private final long jobId;
    private final Path file;
    private final ImportRequest request;
    private final ColumnMapping mapping;
    private final int totalRows;
    private final IntakeService intake;
    private final ImportJobStore store;
    private final ImportProperties properties;
    private final ObjectMapper json;
    private final ImportProgress progress = new ImportProgress();
    private volatile boolean stopping;
    private long lastSaved;

    ImportRun(long jobId, Path file, ImportRequest request, ColumnMapping mapping, int totalRows, IntakeService intake,
              ImportJobStore store, ImportProperties properties, ObjectMapper json) {
        this.jobId = jobId;
        this.file = file;
        this.request = request;
        this.mapping = mapping;
        this.totalRows = totalRows;
        this.intake = intake;
        this.store = store;
        this.properties = properties;
        this.json = json;
    }

    long jobId() {
        return jobId;
    }

    /** Asks the run to stop reading; rows already with the intake finish, the rest are not imported. */
    void stop() {
        stopping = true;
    }

    void run() {
        long startNanos = System.nanoTime();
        store.markRunning(jobId, Instant.now());
        log.info("Import {} started: {} rows of '{}' (source {}, deals {}), by {}", jobId, totalRows, request.fileName(),
                request.sourceKey() == null ? "-" : request.sourceKey(), request.createDeals() ? "on" : "off", request.requestedBy());
        ImportState state = ImportState.DONE;
        String failure = null;
        try {
            importRows();
            if (stopping) {
                state = ImportState.FAILED;
                failure = "stopped by a shutdown after " + progress.counts().rowsDone() + " of " + totalRows
                        + " rows; upload the file again (contacts merge by e-mail)";
            }
        } catch (RuntimeException | IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            state = ImportState.FAILED;
            failure = "the import stopped after " + progress.counts().rowsDone() + " of " + totalRows + " rows: " + e.getMessage();
            log.error("Import {} failed", jobId, e);
        }
        ImportProgress.Snapshot last = progress.snapshot();
        store.saveProgress(jobId, last.counts(), last.rejections(), Instant.now());
        store.finish(jobId, state, failure, Instant.now());
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        ImportJobStore.Counts counts = last.counts();
        log.info("Import {} {} in {} ms: {} of {} rows ({} rows/s), {} created, {} merged, {} rejected, {} deals created{}", jobId,
                state == ImportState.DONE ? "done" : "FAILED", millis, counts.rowsDone(), totalRows,
                counts.rowsDone() * 1000L / millis, counts.created(), counts.merged(), counts.rejected(), counts.dealsCreated(),
                progress.firstStoreFailure() == null ? "" : "; rows not stored, first because: " + progress.firstStoreFailure());
    }

    private void importRows() throws IOException, InterruptedException {
        int workerCount = properties.workers();
        int queueSize = Math.max(1, properties.rowsInFlight() / workerCount);
        List<BlockingQueue<RowTask>> queues = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        try (CsvReader csv = new CsvReader(Files.newInputStream(file), properties.maxRecordChars())) {
            ColumnMapping.Columns columns = mapping.bind(csv.next());
            for (int i = 0; i < workerCount; i++) {
                BlockingQueue<RowTask> queue = new ArrayBlockingQueue<>(queueSize);
                queues.add(queue);
                Thread worker = new Thread(() -> work(queue, columns), "import-" + jobId + "-" + i);
                workers.add(worker);
                worker.start();
            }
            List<String> record;
            while (!stopping && (record = csv.next()) != null) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String email = columns.email(record);
                int worker = Math.floorMod(email == null ? csv.row() : email.toLowerCase(Locale.ROOT).hashCode(), workerCount);
                handOver(queues.get(worker), new RowTask(csv.row(), record));
            }
        } finally {
            for (BlockingQueue<RowTask> queue : queues) {
                handOver(queue, RowTask.END);
            }
            for (Thread worker : workers) {
                while (worker.isAlive()) {
                    worker.join(properties.progressInterval().toMillis());
                    saveProgressWhenDue();
                }
            }
        }
    }

    /** Waits for room in the worker's queue, storing progress meanwhile. */
    private void handOver(BlockingQueue<RowTask> queue, RowTask task) throws InterruptedException {
        while (!queue.offer(task, properties.progressInterval().toMillis(), TimeUnit.MILLISECONDS)) {
            saveProgressWhenDue();
        }
        saveProgressWhenDue();
    }

    private void saveProgressWhenDue() {
        long now = System.nanoTime();
        if (now - lastSaved >= properties.progressInterval().toNanos()) {
            lastSaved = now;
            ImportProgress.Snapshot snapshot = progress.snapshot();
            store.saveProgress(jobId, snapshot.counts(), snapshot.rejections(), Instant.now());
        }
    }

    private void work(BlockingQueue<RowTask> queue, ColumnMapping.Columns columns) {
        try {
            for (RowTask task = queue.take(); task != RowTask.END; task = queue.take()) {
                if (!stopping) {
                    importRowSafely(task, columns);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A row that breaks something unexpected is counted as not stored; the worker (and its queue) must go on. */
    private void importRowSafely(RowTask task, ColumnMapping.Columns columns) {
        try {
            importRow(task, columns);
        } catch (RuntimeException e) {
            progress.notStored(new ImportRejection(task.row(), null, "could not be imported (" + e + ")"));
        }
    }

    private void importRow(RowTask task, ColumnMapping.Columns columns) {
        IntakeEvent event;
        try {
            ImportedRow row = columns.read(task.record(), request.pipelineId(), request.stageId());
            event = new IntakeEvent(Channel.IMPORT, request.sourceKey(), jobId + ":" + task.row(),
                    payload(task, columns.header()), row.contact(), row.deal(), "import:" + jobId, request.createDeals());
        } catch (InvalidInputException rejected) {
            progress.rejected(new ImportRejection(task.row(), rejected.field(), rejected.getMessage()));
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                IntakeResult result = intake.accept(event);
                progress.imported(result.contactCreated(), result.dealCreated());
                return;
            } catch (InvalidInputException rejected) {
                progress.rejected(new ImportRejection(task.row(), rejected.field(), rejected.getMessage()));
                return;
            } catch (NotFoundException rejected) {
                progress.rejected(new ImportRejection(task.row(), null, rejected.getMessage()));
                return;
            } catch (RuntimeException failure) {
                if (stopping) {
                    return;
                }
                if (attempt == 2) {
                    progress.notStored(new ImportRejection(task.row(), null, "could not be stored (" + failure.getMessage()
                            + "); import the row again"));
                    return;
                }
            }
        }
    }

    private String payload(RowTask task, List<String> header) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < task.record().size(); i++) {
            values.put(i < header.size() ? header.get(i) : "#" + (i + 1), task.record().get(i));
        }
        try {
            return json.writeValueAsString(Map.of("import", jobId, "row", task.row(), "values", values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
