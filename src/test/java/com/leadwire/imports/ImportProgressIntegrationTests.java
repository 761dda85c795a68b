package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** A 2,000-row import streams through the intake while its progress can be watched; abandoned jobs end FAILED. */
@OnH2
class ImportProgressIntegrationTests extends IntegrationTestSupport {

    private static final int ROWS = 2000;

    private ImportUploads imports() {
        return new ImportUploads(ApiClient.authenticated(baseUrl()));
    }

    @Test
    void aTwoThousandRowImportShowsItsProgressAndPagesItsRejectedRows() {
        String run = Unique.suffix();
        StringBuilder csv = new StringBuilder("email,name,amount\n");
        for (int i = 0; i < ROWS; i++) {
            boolean bad = i % 100 == 99;
            csv.append(bad ? "broken-" + i : "bulk-" + run + "-" + i + "@example.com").append(",Pessoa ").append(i)
                    .append(",\"").append(i).append(",50\"\n");
        }

        long id = ImportUploads.json(imports().upload(csv.toString().getBytes(),
                "{\"email\": \"email\", \"name\": \"name\", \"amount\": \"deal.amount\"}", Map.of())).get("id").asLong();
        List<Integer> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
            JsonNode job = imports().job(id);
            seen.add(job.get("rowsDone").asInt());
            return job.get("state").asText().equals("DONE");
        });

        JsonNode job = imports().job(id);
        assertThat(List.of(job.get("totalRows").asInt(), job.get("rowsDone").asInt(), job.get("created").asInt(),
                job.get("rejected").asInt(), job.get("dealsCreated").asInt())).containsExactly(ROWS, ROWS, 1980, 20, 1980);
        assertThat(seen).as("progress while running").anyMatch(done -> done > 0 && done < ROWS);
        assertThat(seen).isSorted();
        assertThat(jdbc.queryForObject("SELECT d.amount FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id "
                + "WHERE e.email = ?", java.math.BigDecimal.class, "bulk-" + run + "-7@example.com")).isEqualByComparingTo("7.50");

        JsonNode second = imports().rejections(id, 1, 7);
        assertThat(second.get("total").asInt()).isEqualTo(20);
        assertThat(second.get("items")).extracting(r -> r.get("row").asInt())
                .containsExactly(801, 901, 1001, 1101, 1201, 1301, 1401);
        assertThat(imports().rejections(id, 2, 7).get("items")).hasSize(6);
    }

    @Test
    void aJobNoNodeLooksAfterAnyMoreEndsFailed() {
        long id = 900_000_000L + (long) (Math.random() * 1_000_000);
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        jdbc.update("""
                INSERT INTO import_job (id, file_name, create_deals, mapping, state, total_rows, rows_done, requested_by,
                                        created_at, started_at, heartbeat_at)
                VALUES (?, 'crashed.csv', TRUE, '{"email":"email"}', 'RUNNING', 10, 4, 'api:test', ?, ?, ?)""",
                id, Timestamp.from(longAgo), Timestamp.from(longAgo), Timestamp.from(longAgo));

        await().atMost(Duration.ofSeconds(30)).until(() -> imports().job(id).get("state").asText().equals("FAILED"));

        JsonNode job = imports().job(id);
        assertThat(job.get("failure").asText()).contains("interrupted");
        assertThat(job.get("rowsDone").asInt()).isEqualTo(4);
    }
}
