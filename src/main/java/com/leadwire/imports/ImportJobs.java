package com.leadwire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

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

    private static final int MAX_PAGE_SIZE = 1000;

    private final ImportJobStore store;
    private final ImportRunner runner;
    private final Sources sources;
    private final SequenceIds ids;
    private final ImportProperties properties;

    ImportJobs(ImportJobStore store, ImportRunner runner, Sources sources, SequenceIds ids, ImportProperties properties) {
        this.store = store;
        this.runner = runner;
        this.sources = sources;
        this.ids = ids;
        this.properties = properties;
    }

    /** Checks and queues an import of {@code csv} (read to its end here, not closed). Bad input: an exception, nothing stored. */
    public ImportJobView start(ImportRequest request, InputStream csv) {
        requireImportSource(request.sourceKey());
        ColumnMapping mapping = ColumnMapping.of(request.mapping(), request.createDeals());
        Path file = spool(csv);
        try {
            int totalRows = checkedRowCount(file, mapping);
            long id = ids.next("import_job_seq");
            store.insert(id, request, mapping.asMap(), totalRows, Instant.now());
            runner.submit(id, file, request, mapping, totalRows);
            return find(id);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
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

    /** Reads the whole file once: header against the mapping, CSV structure and UTF-8; counts the non-blank rows. */
    private int checkedRowCount(Path file, ColumnMapping mapping) {
        try (CsvReader csv = new CsvReader(Files.newInputStream(file), properties.maxRecordChars())) {
            List<String> header = csv.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw new InvalidInputException("file", "the file is empty; its first row must be the header");
            }
            mapping.bind(header);
            int rows = 0;
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                if (!record.stream().allMatch(String::isBlank)) {
                    rows++;
                }
            }
            if (rows == 0) {
                throw new InvalidInputException("file", "the file has a header but no rows");
            }
            return rows;
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
