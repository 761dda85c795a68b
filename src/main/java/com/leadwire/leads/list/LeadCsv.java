package com.leadwire.leads.list;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.leadwire.leads.Lead;
import com.leadwire.leads.LeadFilter;
import com.leadwire.leads.LeadSort;
import com.leadwire.shared.CsvCells;

/**
 * The filtered lead list as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read
 * accents), written row by row as the database streams it. Each cell is made safe for a
 * spreadsheet ({@link CsvCells}): a lead named "=HYPERLINK(…)" stays text.
 */
@Component
public class LeadCsv {

    static final List<String> HEADER = List.of("name", "email", "date", "product", "country", "group", "followUpStatus", "stopReason",
            "emailStatus", "processedOrder", "contactId", "dealId", "groupId");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LeadQuery query;

    LeadCsv(LeadQuery query) {
        this.query = query;
    }

    public void write(LeadFilter filter, LeadSort sort, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(HEADER.stream()));
        DateTimeFormatter date = DATE.withZone(ZoneId.systemDefault());
        try {
            query.forEach(filter, sort, lead -> {
                try {
                    writer.write(line(Stream.of(lead.name(), lead.email(), date.format(lead.date()), lead.product(), lead.country(),
                            lead.group(), lead.followUpStatus().name(), lead.stopReason(), lead.emailStatus().name(),
                            lead.processedOrder() ? "yes" : "no", String.valueOf(lead.contactId()), String.valueOf(lead.dealId()),
                            String.valueOf(lead.groupId()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static String line(Stream<String> cells) {
        return cells.map(CsvCells::of).collect(Collectors.joining(",", "", "\r\n"));
    }
}
