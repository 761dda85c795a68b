package com.leadwire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.SequenceIds;
import com.leadwire.shared.UnsupportedContentTypeException;

/**
 * CSV imports as the API and the panel start and follow them. {@link #start} checks the whole
 * file before anything is stored (options, header against the mapping, CSV structure, UTF-8),
 * spools it and queues the job; the rows are imported in the background.
 */
@Service
public class ImportJobs {

    /** A page of rejected rows, in row order; {@code total} is the job's rejected count. */
    public record RejectionPage(List<ImportRejection> items, int page, int size, long total) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int MAX_PAGE_SIZE = 1000;
    /** A spreadsheet's byte order mark: without it Excel reads the UTF-8 reasons as Latin-1. */
    private static final char BOM = '\uFEFF';

    private final ImportJobStore store;
    private final ImportRunner runner;
    private final Sources sources;
    private final Pipelines pipelines;
    private final SequenceIds ids;
    private final ImportProperties properties;

    ImportJobs(ImportJobStore store, ImportRunner runner, Sources sources, Pipelines pipelines, SequenceIds ids,
               ImportProperties properties) {
        this.store = store;
        this.runner = runner;
        this.sources = sources;
        this.pipelines = pipelines;
        this.ids = ids;
        this.properties = properties;
    }

    /** Checks and queues an import of {@code csv} (read to its end here, not closed). Bad input: an exception, nothing stored. */
    public ImportJobView start(ImportRequest request, InputStream csv) {
        requireImportSource(request.sourceKey());
        requireTarget(request);
        ColumnMapping mapping = ColumnMapping.of(request.mapping(), request.createDeals());
        Path file = spool(csv);
        try {
            int totalRows = scan(file, mapping, 0).totalRows();
            long id = ids.next("import_job_seq");
            store.insert(id, request, mapping.asMap(), totalRows, Instant.now());
            runner.submit(id, file, request, mapping, totalRows);
            return find(id);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /**
     * The header and first {@code rows} rows of {@code csv} (read to its end here, not closed), after the
     * same checks as {@link #start} makes of the file itself; nothing is stored.
     */
    public CsvPreview preview(InputStream csv, int rows) {
        Path file = spool(csv);
        try {
            return scan(file, null, rows);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The newest imports first, at most {@code limit}. */
    public List<ImportJobView> recent(int limit) {
        return store.recent(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    /** Writes every rejected row of the import as CSV ({@code row,field,reason}, UTF-8 with a BOM), in row order. */
    public void writeRejectionsCsv(long id, OutputStream out) {
        find(id);
        try {
            Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv.write(BOM);
            RejectionsCsv.writeHeader(csv);
            for (int offset = 0; ; offset += MAX_PAGE_SIZE) {
                List<ImportRejection> page = store.rejections(id, offset, MAX_PAGE_SIZE);
                RejectionsCsv.write(csv, page);
                if (page.size() < MAX_PAGE_SIZE) {
                    break;
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the rejected rows of import " + id, e);
        }
        log.info("Import {}: rejected rows downloaded as CSV", id);
    }

    public ImportJobView find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("no import " + id));
    }

    public RejectionPage rejections(long id, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "page ≥ 0 and 1 ≤ size ≤ " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "page × size is over " + Integer.MAX_VALUE + ", past any list");
        }
        ImportJobView job = find(id);
        return new RejectionPage(store.rejections(id, page * size, size), page, size, job.rejected());
    }

    private void requireImportSource(String sourceKey) {
        if (sourceKey == null) {
            return;
        }
        SourceView source = sources.findByKey(sourceKey).filter(SourceView::active)
                .orElseThrow(() -> new NotFoundException("no active source '" + sourceKey + "'"));
        if (source.kind() != SourceKind.IMPORT) {
            throw new InvalidInputException("source", "source '" + sourceKey + "' is a " + source.kind()
                    + " source; imports take an IMPORT source");
        }
    }

    /** An explicit pipeline or stage must exist (the stage in that pipeline) and needs deals to place. */
    private void requireTarget(ImportRequest request) {
        if (request.pipelineId() == null && request.stageId() == null) {
            return;
        }
        if (!request.createDeals()) {
            throw new InvalidInputException(request.stageId() != null ? "stageId" : "pipelineId",
                    "a pipeline or stage places deals; with createDeals false there are none");
        }
        if (request.stageId() != null) {
            PipelineView pipeline = pipelines.all().stream().filter(p -> p.stage(request.stageId()).isPresent()).findFirst()
                    .orElseThrow(() -> new NotFoundException("no stage " + request.stageId()));
            if (request.pipelineId() != null && request.pipelineId() != pipeline.id()) {
                throw new InvalidInputException("stageId", "stage " + request.stageId() + " is not in pipeline " + request.pipelineId());
            }
        } else if (pipelines.find(request.pipelineId()).isEmpty()) {
            throw new NotFoundException("no pipeline " + request.pipelineId());
        }
    }

    private Path spool(InputStream csv) {
        try {
            Files.createDirectories(properties.spoolDir());
            Path file = properties.spoolDir().resolve("import-" + UUID.randomUUID() + ".csv");
            try {
                Files.copy(csv, file);
                requireText(file);
                return file;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool the upload", e);
        }
    }

    /** Spreadsheet workbooks are the usual wrong upload: say so instead of "not UTF-8". */
    private static void requireText(Path file) throws IOException {
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        boolean zip = read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        boolean oldExcel = read == 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF && start[2] == 0x11
                && (start[3] & 0xFF) == 0xE0;
        if (zip || oldExcel) {
            throw new UnsupportedContentTypeException("the file is a spreadsheet workbook, not CSV; save it as \"CSV UTF-8\"");
        }
    }

    /**
     * Reads the whole file once: the header (against the mapping when there is one), CSV structure and
     * UTF-8; counts the non-blank rows and keeps the first {@code sampleRows} of them.
     */
    private CsvPreview scan(Path file, ColumnMapping mapping, int sampleRows) {
        try (CsvReader csv = new CsvReader(Files.newInputStream(file), properties.maxRecordChars())) {
            List<String> header = csv.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw new InvalidInputException("file", "the file is empty; its first row must be the header");
            }
            if (mapping != null) {
                mapping.bind(header);
            }
            int rows = 0;
            List<List<String>> sample = new ArrayList<>();
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                if (!record.stream().allMatch(String::isBlank)) {
                    rows++;
                    if (sample.size() < sampleRows) {
                        sample.add(record);
                    }
                }
            }
            if (rows == 0) {
                throw new InvalidInputException("file", "the file has a header but no rows");
            }
            return new CsvPreview(header.stream().map(String::strip).toList(), sample, rows);
        } catch (CsvReader.FormatException e) {
            if (e.binary()) {
                throw new UnsupportedContentTypeException("the file holds binary data, not CSV text");
            }
            throw new InvalidInputException("file", "not a CSV file we can read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the spooled upload", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover spool file only takes disk space
        }
    }
}
