package com.leadwire.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.leads.LeadEmailStatus;
import com.leadwire.leads.LeadFilter;
import com.leadwire.leads.LeadFollowUpStatus;
import com.leadwire.leads.LeadList;
import com.leadwire.leads.LeadPage;
import com.leadwire.leads.LeadSort;
import com.leadwire.shared.InvalidInputException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The lead list ({@code 003_…}): every contact in a lead group with its follow-up, its latest
 * follow-up e-mail and whether its order was processed, as JSON pages or the whole filtered list as
 * CSV, both with the same filters.
 */
@RestController
@Tag(name = "Leads")
class LeadsController {

    private static final String FILTERS = " Filters, all optional and combined: name, email and product (found anywhere, ignoring case), "
            + "country (ISO code), from and to (days of entry YYYY-MM-DD in the server's time zone, both included), group (a lead group's "
            + "id), followUpStatus (ACTIVE, COMPLETED, STOPPED, NONE), emailStatus of the latest follow-up e-mail (NONE, QUEUED, SENT, "
            + "FAILED, BOUNCED, SKIPPED), processedOrder (true: the deal's payment succeeded or it is won). sort: date, name, email, "
            + "product or country, then ',asc' or ',desc' (default date,desc; ties newest first). A filter value that is not one "
            + "of these is refused with 422 naming the parameter.";

    private final LeadList leads;

    LeadsController(LeadList leads) {
        this.leads = leads;
    }

    /** The list's filters and order, as query parameters; see {@link #FILTERS}. */
    record LeadListParameters(String name, String email,
                     @Parameter(description = "first day of entry, YYYY-MM-DD") String from,
                     @Parameter(description = "last day of entry (included), YYYY-MM-DD") String to,
                     String product, @Parameter(description = "ISO code, e.g. BR") String country,
                     @Parameter(description = "a lead group's id") Long group,
                     @Parameter(description = "ACTIVE, COMPLETED, STOPPED or NONE") String followUpStatus,
                     @Parameter(description = "NONE, QUEUED, SENT, FAILED, BOUNCED or SKIPPED") String emailStatus,
                     @Parameter(description = "true: the deal's payment succeeded or it is won") Boolean processedOrder,
                     @Parameter(description = "date, name, email, product or country, then ,asc or ,desc") String sort) {

        LeadFilter filter() {
            LocalDate first = ApiDays.parse("from", from);
            LocalDate last = ApiDays.parse("to", to);
            if (first != null && last != null && last.isBefore(first)) {
                throw new InvalidInputException("to", "the last day (" + last + ") is before the first day (" + first + ")");
            }
            if (country != null && !country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
                throw new InvalidInputException("country", "a country is a two-letter ISO code, e.g. BR");
            }
            return new LeadFilter(name, email, first, last, product, country, group,
                    choice("followUpStatus", followUpStatus, LeadFollowUpStatus.class), choice("emailStatus", emailStatus, LeadEmailStatus.class),
                    processedOrder);
        }

        LeadSort order() {
            return LeadsController.sort(sort);
        }
    }

    @GetMapping("/api/v1/leads")
    @Operation(summary = "A page of the lead list",
            description = "{items, page, size, total}; each lead {name, email, date, product, country, group, followUpStatus, stopReason, "
                    + "emailStatus, processedOrder, contactId, dealId, groupId, followUpId}. Name, e-mail, product and country are as they "
                    + "were when the lead entered its group." + FILTERS)
    LeadPage list(@ParameterObject LeadListParameters query, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPages.check(page, size);
        return leads.page(query.filter(), query.order(), page, size);
    }

    @GetMapping(value = "/api/v1/leads.csv", produces = "text/csv")
    @Operation(summary = "The whole filtered lead list as CSV",
            description = "UTF-8 with a byte order mark, a header row (name, email, date, product, country, group, followUpStatus, "
                    + "stopReason, emailStatus, processedOrder yes/no, contactId, dealId, groupId), RFC 4180 quoting; date in the "
                    + "server's time zone. A cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe, so a "
                    + "spreadsheet shows it as text and never runs it." + FILTERS,
            responses = {
                @ApiResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
                        schema = @Schema(type = "string", example = "name,email,date,product,country,group,followUpStatus,stopReason,"
                                + "emailStatus,processedOrder,contactId,dealId,groupId\r\nMaria Silva,maria@example.com,2026-12-01 "
                                + "10:15:00,curso-java,BR,Carrinho,ACTIVE,,SENT,no,1001,2001,1\r\n"))),
                @ApiResponse(responseCode = "401", description = "Missing or wrong API key", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "422", description = "A filter that is not one of the values above, naming the parameter",
                        content = @Content(mediaType = "application/problem+json"))
            })
    void csv(@ParameterObject LeadListParameters query, HttpServletResponse response) throws IOException {
        LeadFilter filter = query.filter();
        LeadSort order = query.order();
        // written on the request's own thread: an async StreamingResponseBody would be dispatched again without the API key's login
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"leads.csv\"");
        leads.writeCsv(filter, order, response.getOutputStream());
    }

    private static LeadSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return LeadSort.NEWEST_FIRST;
        }
        String[] parts = sort.strip().split(",", -1);
        LeadSort.Column column = choice("sort", parts[0], LeadSort.Column.class);
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidInputException("sort", "sort is a column (date, name, email, product, country) and ',asc' or ',desc'");
        }
        return new LeadSort(column, direction.equals("desc"));
    }

    private static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException(parameter, "'" + value + "' is not one of "
                        + Arrays.toString(type.getEnumConstants())));
    }
}
