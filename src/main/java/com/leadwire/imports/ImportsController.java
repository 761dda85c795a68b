package com.leadwire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.MalformedInputException;
import com.leadwire.shared.UnsupportedContentTypeException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/imports}: upload a CSV with its column mapping as {@code multipart/form-data};
 * the rows are imported in the background and the job shows its progress and rejected rows.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportsController {

    /** Browsers and curl label a .csv file in many ways; these are the ones that can be CSV. */
    private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/plain", "text/comma-separated-values",
            "application/vnd.ms-excel", "application/octet-stream");
    private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() {
    };

    private final ImportJobs imports;
    private final ObjectMapper json;

    ImportsController(ImportJobs imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    /** The multipart form, for the OpenAPI description only. */
    @Schema(name = "ImportUpload")
    record ImportUpload(
            @Schema(description = "the CSV: UTF-8 (BOM optional), ',' or ';' delimited (detected), header in the first row",
                    type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file,
            @Schema(description = "JSON object: CSV column header → email | name | phone | country | language | deal.title | "
                    + "deal.amount | deal.currency | deal.products | fields.<name> | contact.<name> | ignore; one column must "
                    + "map to email", example = "{\"E-mail\": \"email\", \"Nome\": \"name\", \"Plataforma\": \"fields.platform\"}",
                    requiredMode = Schema.RequiredMode.REQUIRED) String mapping,
            @Schema(description = "key of an IMPORT source: its placement rules, stage and title template apply to the deals")
            String source,
            @Schema(description = "id of the pipeline every deal enters (its first stage), before the source's placement")
            Long pipelineId,
            @Schema(description = "id of the stage every deal enters, before the source's placement") Long stageId,
            @Schema(description = "whether each row also creates a deal", defaultValue = "true") Boolean createDeals) {
    }

    @PostMapping
    @Operation(summary = "Import contacts and leads from a CSV file",
            description = "Checks the whole file (mapping against the header, CSV structure, UTF-8) before anything is stored, "
                    + "then imports the rows in the background through the intake path: contacts merge by e-mail, deals are "
                    + "placed by the source (else the first pipeline's first stage). Answers 202 with the job; follow it at "
                    + "the Location. Rows are numbered like a spreadsheet's (the header is row 1).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ImportUpload.class))),
            responses = {
                @ApiResponse(responseCode = "202", description = "Queued", content = @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportJobView.class))),
                @ApiResponse(responseCode = "400", description = "Mapping is not JSON", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "401", description = "Missing or wrong API key", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "404", description = "Unknown source, pipeline or stage", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "413", description = "File over 50 MB", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "415", description = "Not multipart/form-data, or the file is not CSV", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "422", description = "Bad mapping (e.g. a column the header lacks), empty or unreadable file",
                        content = @Content(mediaType = "application/problem+json"))
            })
    ResponseEntity<ImportJobView> upload(HttpServletRequest request, Authentication caller) {
        MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (form == null) {
            throw new UnsupportedContentTypeException("send the file as multipart/form-data with the parts file and mapping");
        }
        MultipartFile file = form.getFile("file");
        if (file == null) {
            throw new InvalidInputException("file", "the part 'file' (the CSV) is missing");
        }
        requireCsv(file.getContentType());
        ImportRequest importRequest = new ImportRequest(file.getOriginalFilename(), mapping(form), blankToNull(form.getParameter("source")),
                id(form, "pipelineId"), id(form, "stageId"), createDeals(form.getParameter("createDeals")), caller.getName());
        ImportJobView job;
        try (InputStream csv = file.getInputStream()) {
            job = imports.start(importRequest, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import's state and progress: rows done of total, created, merged, rejected, deals created")
    ImportJobView byId(@PathVariable long id) {
        return imports.find(id);
    }

    @GetMapping("/{id}/rejections")
    @Operation(summary = "The rows an import rejected, in row order, with the field at fault and the reason")
    ImportJobs.RejectionPage rejections(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "100") int size) {
        return imports.rejections(id, page, size);
    }

    @GetMapping(value = "/{id}/rejections.csv", produces = "text/csv")
    @Operation(summary = "The rows an import rejected, as a CSV file",
            description = "Columns row, field, reason (RFC 4180, UTF-8 with a byte order mark so spreadsheets read accents), "
                    + "every rejected row in row order; a value starting with =, +, - or @ gets a leading apostrophe.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
                        schema = @Schema(type = "string", example = "row,field,reason\r\n4,email,not a valid e-mail address: 'x'\r\n"))),
                @ApiResponse(responseCode = "401", description = "Missing or wrong API key", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "404", description = "No such import", content = @Content(mediaType = "application/problem+json"))
            })
    void rejectionsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-" + id + "-rejections.csv").build().toString());
        imports.writeRejectionsCsv(id, response.getOutputStream());
    }

    private static Long id(MultipartHttpServletRequest form, String name) {
        String raw = blankToNull(form.getParameter(name));
        if (raw == null) {
            return null;
        }
        try {
            return Long.valueOf(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " is a number (an id)");
        }
    }

    private static void requireCsv(String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!CSV_TYPES.contains(type)) {
            throw new UnsupportedContentTypeException("the file is " + type + "; send a CSV file (text/csv)");
        }
    }

    private Map<String, String> mapping(MultipartHttpServletRequest form) {
        String raw = form.getParameter("mapping");
        if (raw == null) {
            raw = textOfFilePart(form.getFile("mapping"));
        }
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("mapping", "the part 'mapping' (a JSON object: column → target) is missing");
        }
        try {
            return json.readValue(raw, MAPPING);
        } catch (MismatchedInputException e) {
            throw new InvalidInputException("mapping", "mapping must be a JSON object of column name → target name");
        } catch (JsonProcessingException e) {
            throw new MalformedInputException("mapping is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String textOfFilePart(MultipartFile part) {
        if (part == null) {
            return null;
        }
        try {
            return new String(part.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean createDeals(String raw) {
        if (raw == null || raw.isBlank()) {
            return true;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("createDeals", "createDeals is true or false");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
