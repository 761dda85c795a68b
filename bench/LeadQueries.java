import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lead list with many leads, on MariaDB. {@code seed}: {@code LEADS} leads over the last 90
 * days in three lead groups (60/30/10 %), each a contact with a deal in the first pipeline (3% in
 * its won stage, 3% with a successful payment), 90% with a follow-up (45% active, 30% completed,
 * 15% stopped) and its e-mails as they fell due (1 to 3, the last one sent, or 2% bounced), and the
 * lead_member row with its copied name, e-mail, product (5 products) and country (10% PT), written
 * over JDBC in batches into a database the app migrated. {@code measure}: {@code GET /api/v1/leads}
 * (the service the panel's lazy grid calls: {@code LeadList.list} and {@code LeadList.count}) for
 * the first page, sorted, filtered on each column, and a deep page, each {@code ROUNDS} times over
 * HTTP, then the whole CSV.
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/LeadQueries.java seed JDBC_URL LEADS}
 * or {@code … measure APP_URL API_KEY ROUNDS}
 */
public class LeadQueries {

    private static final long FIRST_ID = 60_000_000L;
    private static final int BATCH = 2_000;
    private static final String[] PRODUCTS = {"curso-java", "curso-python", "ebook-vendas", "mentoria", "assinatura-anual"};

    public static void main(String[] args) throws Exception {
        if ("seed".equals(args[0])) {
            seed(args[1], Integer.parseInt(args[2]));
        } else {
            measure(args[1], args[2], Integer.parseInt(args[3]));
        }
    }

    static void seed(String url, int leads) throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            long pipeline;
            List<Long> stages = new ArrayList<>();
            long won;
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM pipeline ORDER BY position, id LIMIT 1")) {
                    rs.next();
                    pipeline = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT id FROM stage WHERE pipeline_id = " + pipeline + " AND kind = 'OPEN' ORDER BY position")) {
                    while (rs.next()) {
                        stages.add(rs.getLong(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id FROM stage WHERE pipeline_id = " + pipeline + " AND kind = 'WON' LIMIT 1")) {
                    rs.next();
                    won = rs.getLong(1);
                }
            }
            long[] groups = {FIRST_ID, FIRST_ID + 1, FIRST_ID + 2};
            try (PreparedStatement group = c.prepareStatement("""
                    INSERT INTO lead_group (id, kind, name, status, source, priority, products, override_discounts, test_keep_best,
                                            created_at, updated_at)
                    VALUES (?, 'CUSTOM', ?, 'INACTIVE', 'ALL', ?, '[]', FALSE, FALSE, ?, ?)""")) {
                for (int g = 0; g < groups.length; g++) {
                    group.setLong(1, groups[g]);
                    group.setString(2, "Bench group " + g);
                    group.setInt(3, g);
                    group.setTimestamp(4, Timestamp.from(now));
                    group.setTimestamp(5, Timestamp.from(now));
                    group.addBatch();
                }
                group.executeBatch();
                c.commit();
            }
            try (PreparedStatement contact = c.prepareStatement("""
                    INSERT INTO contact (id, name, country, language, consent, unsubscribed, created_at, updated_at, version)
                    VALUES (?, ?, ?, 'pt-BR', TRUE, FALSE, ?, ?, 0)""");
                 PreparedStatement deal = c.prepareStatement("""
                    INSERT INTO deal (id, title, amount, currency, contact_id, pipeline_id, stage_id, payment_status, created_at,
                                      stage_entered_at, updated_at)
                    VALUES (?, ?, 197.00, 'BRL', ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement followUp = c.prepareStatement("""
                    INSERT INTO follow_up (id, sequence_id, sequence_name, contact_id, deal_id, status, stop_reason, started_at, finished_at,
                                           lead_group_id)
                    VALUES (?, 1, 'Bench sequence', ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement email = c.prepareStatement("""
                    INSERT INTO follow_up_email (follow_up_id, step, template_name, status, due_at, updated_at)
                    VALUES (?, ?, 'Bench template', ?, ?, ?)""");
                 PreparedStatement member = c.prepareStatement("""
                    INSERT INTO lead_member (group_id, contact_id, deal_id, sequence_id, follow_up_id, entered_at, name, email, product, country)
                    VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)""")) {
                long span = Duration.ofDays(90).toSeconds();
                for (int i = 0; i < leads; i++) {
                    long id = FIRST_ID + i;
                    Instant entered = now.minusSeconds(span - span * i / leads);
                    Timestamp at = Timestamp.from(entered);
                    String name = "Pessoa " + i + (i % 100 == 7 ? " Nogueira" : " Silva");
                    String country = i % 10 == 3 ? "PT" : "BR";
                    contact.setLong(1, id);
                    contact.setString(2, name);
                    contact.setString(3, country);
                    contact.setTimestamp(4, at);
                    contact.setTimestamp(5, at);
                    contact.addBatch();
                    boolean isWon = i % 100 < 3;
                    deal.setLong(1, id);
                    deal.setString(2, "Pedido " + i);
                    deal.setLong(3, id);
                    deal.setLong(4, pipeline);
                    deal.setLong(5, isWon ? won : stages.get(i % Math.min(2, stages.size())));
                    deal.setString(6, i % 100 >= 3 && i % 100 < 6 ? "SUCCEEDED" : i % 2 == 0 ? "FAILED" : null);
                    deal.setTimestamp(7, at);
                    deal.setTimestamp(8, at);
                    deal.setTimestamp(9, at);
                    deal.addBatch();
                    Long followUpId = null;
                    if (i % 10 != 9) {
                        followUpId = id;
                        int kind = i % 20;
                        String status = kind < 10 ? "ACTIVE" : kind < 16 ? "COMPLETED" : "STOPPED";
                        followUp.setLong(1, id);
                        followUp.setLong(2, id);
                        followUp.setLong(3, id);
                        followUp.setString(4, status);
                        followUp.setString(5, status.equals("STOPPED") ? (i % 3 == 0 ? "UNSUBSCRIBED" : "PAYMENT_SUCCEEDED") : null);
                        followUp.setTimestamp(6, at);
                        followUp.setTimestamp(7, status.equals("ACTIVE") ? null : at);
                        followUp.setLong(8, groups[i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2]);
                        followUp.addBatch();
                        int steps = status.equals("COMPLETED") ? 3 : 1 + i % 3;
                        for (int step = 1; step <= steps; step++) {
                            email.setLong(1, id);
                            email.setInt(2, step);
                            email.setString(3, step == steps && i % 50 == 13 ? "BOUNCED" : "SENT");
                            email.setTimestamp(4, Timestamp.from(entered.plusSeconds(3600L * step)));
                            email.setTimestamp(5, Timestamp.from(entered.plusSeconds(3600L * step)));
                            email.addBatch();
                        }
                    }
                    member.setLong(1, groups[i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2]);
                    member.setLong(2, id);
                    member.setLong(3, id);
                    if (followUpId == null) {
                        member.setNull(4, java.sql.Types.BIGINT);
                    } else {
                        member.setLong(4, followUpId);
                    }
                    member.setTimestamp(5, at);
                    member.setString(6, name);
                    member.setString(7, "bench-lead-" + i + "@example.com");
                    member.setString(8, PRODUCTS[i % PRODUCTS.length]);
                    member.setString(9, country);
                    member.addBatch();
                    if (i % BATCH == BATCH - 1 || i == leads - 1) {
                        contact.executeBatch();
                        deal.executeBatch();
                        followUp.executeBatch();
                        email.executeBatch();
                        member.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE lead_member, lead_group, follow_up, follow_up_email, deal, stage");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM lead_member")) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "SEEDED %d leads (lead_member now %d) in %.1f s%n", leads, rs.getLong(1),
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }
    }

    static void measure(String appUrl, String apiKey, int rounds) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page, newest first (the view's first fetch)", "page=0&size=50");
        queries.put("first page sorted by name", "sort=name,asc&page=0&size=50");
        queries.put("page 1000 (offset 50,000)", "page=1000&size=50");
        queries.put("name contains 'nogueira' (1%)", "name=nogueira&page=0&size=50");
        queries.put("one e-mail 'bench-lead-77777@'", "email=bench-lead-77777%40&page=0&size=50");
        queries.put("product=mentoria (20%)", "product=mentoria&page=0&size=50");
        queries.put("country=PT (10%)", "country=PT&page=0&size=50");
        queries.put("last 7 days", "from=" + java.time.LocalDate.now().minusDays(6) + "&page=0&size=50");
        queries.put("group (10%)", "group=" + (FIRST_ID + 2) + "&page=0&size=50");
        queries.put("followUpStatus=STOPPED (18%)", "followUpStatus=STOPPED&page=0&size=50");
        queries.put("emailStatus=BOUNCED (2%)", "emailStatus=BOUNCED&page=0&size=50");
        queries.put("processedOrder=true (6%)", "processedOrder=true&page=0&size=50");
        queries.put("processedOrder=true, sorted by e-mail", "processedOrder=true&sort=email,asc&page=0&size=50");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Pattern total = Pattern.compile("\"total\":(\\d+)");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            URI uri = URI.create(appUrl + "/api/v1/leads?" + query.getValue());
            long[] nanos = new long[rounds];
            String found = "?";
            for (int round = -3; round < rounds; round++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("X-Api-Key", apiKey).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - started;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
                }
                Matcher matcher = total.matcher(answer.body());
                found = matcher.find() ? matcher.group(1) : "?";
                if (round >= 0) {
                    nanos[round] = took;
                }
            }
            System.out.printf(Locale.ROOT, "HTTP %-55s total %7s: %s%n", query.getKey(), found, percentiles(nanos));
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/leads.csv")).header("X-Api-Key", apiKey)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
        System.out.printf(Locale.ROOT, "CSV  whole list: status %d, %d lines, %.1f MB in %.1f ms%n", csv.statusCode(), lines,
                csv.body().length / 1e6, (System.nanoTime() - started) / 1e6);
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, sorted[n - 1] / 1e6);
    }
}
