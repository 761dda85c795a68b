import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The dashboard with a big pipeline, on MariaDB. {@code seed}: {@code DEALS} deals in the first
 * pipeline (autocloud) and a fifth as many in the second, with their stage history (a funnel over
 * the last year: half stay in the first stage, the rest move on, some to won or lost, 1 hour to
 * 14 days per step, never past now), values, sources and two sent e-mails each, written over
 * JDBC in batches into a database the app migrated. {@code measure}: for each period (the last
 * 30, 90 and 365 days), the EXPLAIN of each of the dashboard's statements and its time alone
 * over JDBC, then {@code GET /api/v1/dashboard} (the service the panel calls, all statements)
 * timed over HTTP.
 *
 * <p>The statements are {@code pipeline.DealStatistics}' and {@code outbox.SentMessages}'
 * (DealStatisticsBenchTests keeps them the same), with their named parameters written in as values.
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/DashboardQueries.java seed JDBC_URL DEALS}
 * or {@code … measure JDBC_URL APP_URL API_KEY ROUNDS}
 */
public class DashboardQueries {

    static final String STAGE_DEALS = """
            SELECT stay.stages, d.stage_id AS now_stage_id, d.currency, COUNT(*) AS deals, SUM(d.amount) AS amount
            FROM (SELECT h.deal_id, SUM(DISTINCT CASE h.to_stage_id %s END) AS stages
                  FROM deal_history h JOIN stage s ON s.id = h.to_stage_id
                  WHERE h.to_stage_id IN (:stages) AND h.moved_at < :to
                    AND (s.kind = 'OPEN' AND (h.left_at IS NULL OR h.left_at > :from) OR s.kind <> 'OPEN' AND h.moved_at >= :from)
                  GROUP BY h.deal_id) stay
            JOIN deal d ON d.id = stay.deal_id
            GROUP BY stay.stages, d.stage_id, d.currency""";

    static final String SOURCE_DEALS = """
            SELECT source_id, stage_id AS now_stage_id, currency, COUNT(*) AS deals, SUM(amount) AS amount FROM deal
            WHERE pipeline_id = :pipeline AND created_at >= :from AND created_at < :to
            GROUP BY source_id, stage_id, currency""";

    static final String MEDIAN_STAYS = """
            SELECT stage_id, micros, total FROM (
                SELECT stage_id, micros, ROW_NUMBER() OVER (PARTITION BY stage_id ORDER BY micros) AS n,
                       COUNT(*) OVER (PARTITION BY stage_id) AS total
                FROM (SELECT to_stage_id AS stage_id, TIMESTAMPDIFF(MICROSECOND, moved_at, left_at) AS micros FROM deal_history
                      WHERE to_stage_id IN (:stages) AND left_at >= :from AND left_at < :to) ended
            ) ranked
            WHERE 2 * n BETWEEN total AND total + 2""";

    static final String SENT = """
            SELECT COUNT(*) FROM outbox_message
            WHERE channel = :channel AND sent_at >= :from AND sent_at < :to""";

    private static final long FIRST_ID = 1_000_000_000L;
    private static final int BATCH = 2_000;

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[1], "root", "")) {
            if (args[0].equals("seed")) {
                seed(c, Integer.parseInt(args[2]));
            } else {
                measure(c, args[2], args[3], Integer.parseInt(args[4]));
            }
        }
    }

    private record Pipeline(long id, String name, List<Long> stages, List<Long> sources) {
    }

    private static List<Pipeline> pipelines(Connection c) throws Exception {
        List<Pipeline> pipelines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM pipeline ORDER BY position, id")) {
            while (rs.next()) {
                pipelines.add(new Pipeline(rs.getLong(1), rs.getString(2), longs(c, "SELECT id FROM stage WHERE pipeline_id = "
                        + rs.getLong(1) + " ORDER BY position"), longs(c, "SELECT id FROM source WHERE pipeline_id = " + rs.getLong(1))));
            }
        }
        return pipelines;
    }

    private static List<Long> longs(Connection c, String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    // ---------------------------------------------------------------- seed

    private static void seed(Connection c, int deals) throws Exception {
        long started = System.nanoTime();
        List<Pipeline> pipelines = pipelines(c);
        Instant now = Instant.now();
        Random random = new Random(18);
        c.setAutoCommit(false);
        try (PreparedStatement contact = c.prepareStatement(
                "INSERT INTO contact (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 1000; i++) {
                contact.setLong(1, FIRST_ID + i);
                contact.setString(2, "Bench contact " + i);
                contact.setTimestamp(3, Timestamp.from(now));
                contact.setTimestamp(4, Timestamp.from(now));
                contact.addBatch();
            }
            contact.executeBatch();
        }
        c.commit();
        long history = 0;
        long mails = 0;
        try (PreparedStatement deal = c.prepareStatement("""
                INSERT INTO deal (id, title, amount, currency, contact_id, pipeline_id, stage_id, source_id, created_at, stage_entered_at,
                                  updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement move = c.prepareStatement("""
                     INSERT INTO deal_history (id, deal_id, from_stage_id, to_stage_id, actor, moved_at, left_at)
                     VALUES (?, ?, ?, ?, 'bench', ?, ?)""");
             PreparedStatement mail = c.prepareStatement("""
                     INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts, next_attempt_at,
                                                 deal_id, created_at, sent_at)
                     VALUES (?, 'MAIL', ?, 'bench@example.com', '{}', 'SENT', 1, ?, ?, ?, ?)""")) {
            int total = deals + deals / 5;
            for (int i = 0; i < total; i++) {
                Pipeline pipeline = pipelines.get(i < deals ? 0 : 1);
                long id = FIRST_ID + i;
                Instant created = now.minusSeconds(random.nextInt(365 * 24 * 3600));
                List<Integer> path = path(random.nextInt(100));
                // the moves: one a step of the path, 1 hour to 14 days apart, none after now
                List<Instant> times = new ArrayList<>(List.of(created));
                while (times.size() < path.size()) {
                    Instant next = times.get(times.size() - 1).plusSeconds(3600 + random.nextInt(14 * 24 * 3600));
                    if (next.isAfter(now)) {
                        break;
                    }
                    times.add(next);
                }
                for (int step = 0; step < times.size(); step++) {
                    move.setLong(1, FIRST_ID + history++);
                    move.setLong(2, id);
                    move.setObject(3, step == 0 ? null : pipeline.stages().get(path.get(step - 1)));
                    move.setLong(4, pipeline.stages().get(path.get(step)));
                    move.setTimestamp(5, Timestamp.from(times.get(step)));
                    move.setTimestamp(6, step + 1 < times.size() ? Timestamp.from(times.get(step + 1)) : null);
                    move.addBatch();
                }
                long stage = pipeline.stages().get(path.get(times.size() - 1));
                Instant at = times.get(times.size() - 1);
                deal.setLong(1, id);
                deal.setString(2, "Bench deal " + i);
                deal.setBigDecimal(3, random.nextInt(10) == 0 ? null : BigDecimal.valueOf(10_000 + random.nextInt(490_000), 2));
                deal.setString(4, "BRL");
                deal.setLong(5, FIRST_ID + random.nextInt(1000));
                deal.setLong(6, pipeline.id());
                deal.setLong(7, stage);
                List<Long> sources = pipeline.sources();
                int source = random.nextInt(sources.size() + 1);
                deal.setObject(8, source == sources.size() ? null : sources.get(source));
                deal.setTimestamp(9, Timestamp.from(created));
                deal.setTimestamp(10, Timestamp.from(at));
                deal.setTimestamp(11, Timestamp.from(at));
                deal.addBatch();
                for (int m = 1; m <= 2; m++) {
                    mail.setLong(1, FIRST_ID + mails++);
                    mail.setString(2, "bench:" + id + ":" + m);
                    mail.setTimestamp(3, Timestamp.from(created));
                    mail.setLong(4, id);
                    mail.setTimestamp(5, Timestamp.from(created));
                    mail.setTimestamp(6, Timestamp.from(created.plusSeconds(m)));
                    mail.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i + 1 == total) {
                    deal.executeBatch();
                    move.executeBatch();
                    mail.executeBatch();
                    c.commit();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE deal, deal_history, outbox_message");
            }
            c.commit();
            System.out.printf(Locale.ROOT, "SEEDED %d deals in %s and %d in %s, %d history rows, %d sent e-mails, in %d s%n", deals,
                    pipelines.get(0).name(), total - deals, pipelines.get(1).name(), history, mails,
                    (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /** The stages (by position) a deal goes through: 50% stay in the first, 20/12/8% reach the next three, 6% won, 4% lost. */
    private static List<Integer> path(int percentile) {
        if (percentile < 50) {
            return List.of(0);
        }
        if (percentile < 70) {
            return List.of(0, 1);
        }
        if (percentile < 82) {
            return List.of(0, 1, 2);
        }
        if (percentile < 90) {
            return List.of(0, 1, 2, 3);
        }
        return percentile < 96 ? List.of(0, 1, 2, 3, 4) : List.of(0, 1, 5);
    }

    // ---------------------------------------------------------------- measure

    /** {@code STAGE_DEALS}' CASE branches, as DealStatistics writes them: a bit per stage in the pipeline's order. */
    private static String stageBits(List<Long> stages) {
        StringBuilder bits = new StringBuilder();
        for (int bit = 0; bit < stages.size(); bit++) {
            bits.append(" WHEN ").append(stages.get(bit)).append(" THEN ").append(1L << bit);
        }
        return bits.toString();
    }

    private static void measure(Connection c, String appUrl, String apiKey, int rounds) throws Exception {
        Pipeline pipeline = pipelines(c).get(0);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM deal WHERE pipeline_id = " + pipeline.id() + "), (SELECT COUNT(*) FROM deal), "
                        + "(SELECT COUNT(*) FROM deal_history), (SELECT COUNT(*) FROM outbox_message)")) {
            rs.next();
            System.out.printf(Locale.ROOT, "DATA %s: %d deals (%d in all), %d history rows, %d outbox rows%n", pipeline.name(),
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
        HttpClient http = HttpClient.newHttpClient();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        for (int days : new int[] {30, 90, 365}) {
            LocalDate first = today.minusDays(days - 1);
            Instant from = first.atStartOfDay(ZoneId.systemDefault()).toInstant();
            Instant to = today.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
            Map<String, String> values = Map.of(":stages", pipeline.stages().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    ":pipeline", String.valueOf(pipeline.id()), ":from", literal(from), ":to", literal(to), ":channel", "'MAIL'");
            for (var statement : List.of(Map.entry("stage deals", STAGE_DEALS), Map.entry("source deals", SOURCE_DEALS), Map.entry("median stays", MEDIAN_STAYS),
                    Map.entry("e-mails sent", SENT))) {
                String sql = statement.getValue().replace("%s", stageBits(pipeline.stages()));
                for (var value : values.entrySet()) {
                    sql = sql.replace(value.getKey(), value.getValue());
                }
                explain(c, days, statement.getKey(), sql);
                time(c, days, statement.getKey(), sql, rounds);
            }
            URI uri = URI.create(appUrl + "/api/v1/dashboard?pipelineId=" + pipeline.id() + "&from=" + first + "&to=" + today);
            long[] nanos = new long[rounds];
            String body = "";
            for (int round = -3; round < rounds; round++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("X-Api-Key", apiKey)
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                }
                body = answer.body();
                if (round >= 0) {
                    nanos[round] = System.nanoTime() - started;
                }
            }
            System.out.printf(Locale.ROOT, "HTTP last %d days: GET /api/v1/dashboard %d rounds, %s%n", days, rounds, percentiles(nanos));
            System.out.printf(Locale.ROOT, "ANSWER last %d days: %s%n", days, body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    private static String literal(Instant at) {
        return "'" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneId.systemDefault()).format(at) + "'";
    }

    private static void explain(Connection c, int days, String name, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "EXPLAIN last %d days, %s:", days, name));
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String label = columns.getColumnLabel(i);
                    if (List.of("select_type", "table", "type", "key", "rows", "Extra").contains(label) && rs.getString(i) != null) {
                        line.append(' ').append(label).append('=').append(rs.getString(i));
                    }
                }
                System.out.println(line);
            }
        }
    }

    private static void time(Connection c, int days, String name, String sql, int rounds) throws Exception {
        long[] nanos = new long[rounds];
        int rows = 0;
        for (int round = -3; round < rounds; round++) {
            long started = System.nanoTime();
            rows = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows++;
                }
            }
            if (round >= 0) {
                nanos[round] = System.nanoTime() - started;
            }
        }
        System.out.printf(Locale.ROOT, "QUERY last %d days, %s: %d rows, %s%n", days, name, rows, percentiles(nanos));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms, max %.0f ms", sorted[n / 2] / 1e6,
                sorted[Math.max(0, (int) Math.ceil(n * 0.99) - 1)] / 1e6, sorted[n - 1] / 1e6);
    }
}
