import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow-up sender with 100k leads in a lead group (a database the app migrated, the app running):
 * <ul>
 * <li>{@code seed}: a template and a three-e-mail sequence through the API (steps 2 and 3 a day
 * apart, so only the first ones fall due while measured), then over JDBC in batches: the leads'
 * contacts with their e-mail, deals, ACTIVE follow-ups of the group, lead_member rows, and each
 * follow-up's first step as the app schedules it (a PENDING {@code SEQUENCE_STEP} timer keyed
 * {@code follow-up-<id>:step-1}), due in a year for now; a lead in ten as converted after e-mail 1;</li>
 * <li>{@code start}: one UPDATE makes {@code DUE} of those timers, from lead {@code FIRST} on, due at
 * {@code RATE} per second from a few seconds ahead (the n-th at start + n / RATE), so the app's own
 * timers, outbox and SMTP client send them (first a warm-up, then the measured ones);</li>
 * <li>{@code measure}: from lead {@code FIRST} on, the SMTP sink's arrival times (one line per message: key, epoch ms) against
 * each step's due time: e-mails/s from the first to the last arrival, lateness p50/p90/p99/max,
 * e-mails missing and twice.</li>
 * </ul>
 * Run: {@code java -cp mariadb-java-client.jar bench/FollowUpBench.java seed JDBC_URL LEADS BASE_URL API_KEY},
 * {@code … start JDBC_URL FIRST DUE RATE}, {@code … measure JDBC_URL SINK_FILE FIRST}.
 */
public class FollowUpBench {

    /** Ids far above what the app's sequences hand out meanwhile. */
    private static final long FIRST_ID = 5_000_000_000L;
    private static final int BATCH = 2_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[1], "root", "")) {
            switch (args[0]) {
                case "seed" -> seed(c, Integer.parseInt(args[2]), args[3], args[4]);
                case "start" -> start(c, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
                case "measure" -> measure(c, Path.of(args[2]), Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    // ---------------------------------------------------------------- seed

    private static void seed(Connection c, int leads, String baseUrl, String apiKey) throws Exception {
        long started = System.nanoTime();
        String template = "Bench follow-up";
        post(baseUrl, apiKey, "/api/v1/templates", """
                {"name": "%s", "language": "pt-BR", "subject": "Passo {{sequence.step}} de {{sequence.name}}",
                 "html": "<p>Olá {{contact.name}}, seu pedido espera: {{sequence.discount}}%% de desconto</p>", "text": "Olá",
                 "transactional": false}""".formatted(template));
        String sequenceName = "Bench carrinho";
        long sequence = id(post(baseUrl, apiKey, "/api/v1/sequences", """
                {"name": "%s", "emails": [{"template": "%s", "delay": "PT1H", "discountPercent": 10},
                 {"template": "%s", "delay": "P1D", "discountPercent": 15}, {"template": "%s", "delay": "P1D", "discountPercent": null}],
                 "bcc": null}""".formatted(sequenceName, template, template, template)));
        long pipeline;
        long stage;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.id, s.id FROM pipeline p JOIN stage s ON s.pipeline_id = p.id ORDER BY p.position, p.id, s.position LIMIT 1")) {
            rs.next();
            pipeline = rs.getLong(1);
            stage = rs.getLong(2);
        }
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        Timestamp later = Timestamp.from(now.plus(Duration.ofDays(365)));
        long group = FIRST_ID;
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO lead_group (id, kind, name, status, source, priority, products, created_at, updated_at)
                VALUES (?, 'CUSTOM', 'Bench: pedidos não pagos', 'ACTIVE', 'UNFINISHED', 0, '[]', ?, ?)""")) {
            s.setLong(1, group);
            s.setTimestamp(2, at);
            s.setTimestamp(3, at);
            s.executeUpdate();
        }
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
             PreparedStatement email = c.prepareStatement(
                     "INSERT INTO contact_email (id, contact_id, email, is_primary, created_at) VALUES (?, ?, ?, TRUE, ?)");
             PreparedStatement deal = c.prepareStatement("""
                     INSERT INTO deal (id, title, amount, currency, contact_id, pipeline_id, stage_id, payment_status, created_at,
                                       stage_entered_at, updated_at)
                     VALUES (?, ?, 97.50, 'BRL', ?, ?, ?, 'FAILED', ?, ?, ?)""");
             PreparedStatement followUp = c.prepareStatement("""
                     INSERT INTO follow_up (id, sequence_id, sequence_name, contact_id, deal_id, stage_id, started_by, status, started_at,
                                            lead_group_id)
                     VALUES (?, ?, ?, ?, ?, ?, 'bench', 'ACTIVE', ?, ?)""");
             PreparedStatement member = c.prepareStatement("""
                     INSERT INTO lead_member (group_id, contact_id, deal_id, sequence_id, follow_up_id, entered_at, name, email, product, country)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Curso', 'BR')""");
             PreparedStatement conversion = c.prepareStatement("""
                     INSERT INTO lead_conversion (group_id, contact_id, deal_id, follow_up_id, converted_at, amount, currency, last_step,
                                                  first_sent_at)
                     VALUES (?, ?, ?, ?, ?, 97.50, 'BRL', 1, ?)""");
             PreparedStatement timer = c.prepareStatement("""
                     INSERT INTO automation_timer (id, timer_key, deal_id, contact_id, kind, base_at, due_at, origin, status, attempts,
                                                   created_at)
                     VALUES (?, ?, ?, ?, 'SEQUENCE_STEP', ?, ?, ?, 'PENDING', 0, ?)""")) {
            for (int i = 0; i < leads; i++) {
                long id = FIRST_ID + i;
                String name = "Lead " + i;
                String address = "bench-lead-" + i + "@bench.example";
                contact.setLong(1, id);
                contact.setString(2, name);
                contact.setTimestamp(3, at);
                contact.setTimestamp(4, at);
                contact.addBatch();
                email.setLong(1, id);
                email.setLong(2, id);
                email.setString(3, address);
                email.setTimestamp(4, at);
                email.addBatch();
                deal.setLong(1, id);
                deal.setString(2, "Pedido " + i);
                deal.setLong(3, id);
                deal.setLong(4, pipeline);
                deal.setLong(5, stage);
                deal.setTimestamp(6, at);
                deal.setTimestamp(7, at);
                deal.setTimestamp(8, at);
                deal.addBatch();
                followUp.setLong(1, id);
                followUp.setLong(2, sequence);
                followUp.setString(3, sequenceName);
                followUp.setLong(4, id);
                followUp.setLong(5, id);
                followUp.setLong(6, stage);
                followUp.setTimestamp(7, at);
                followUp.setLong(8, group);
                followUp.addBatch();
                member.setLong(1, group);
                member.setLong(2, id);
                member.setLong(3, id);
                member.setLong(4, sequence);
                member.setLong(5, id);
                member.setTimestamp(6, at);
                member.setString(7, name);
                member.setString(8, address);
                member.addBatch();
                if (i % 10 == 0) { // a lead in ten already bought after a follow-up: the dashboard's figures have rows to sum
                    conversion.setLong(1, group);
                    conversion.setLong(2, id);
                    conversion.setLong(3, id);
                    conversion.setLong(4, id);
                    conversion.setTimestamp(5, at);
                    conversion.setTimestamp(6, at);
                    conversion.addBatch();
                }
                timer.setLong(1, id);
                timer.setString(2, "follow-up-" + id + ":step-1");
                timer.setLong(3, id);
                timer.setLong(4, id);
                timer.setTimestamp(5, at);
                timer.setTimestamp(6, later);
                timer.setString(7, "sequence '" + sequenceName + "' e-mail 1 of 3");
                timer.setTimestamp(8, at);
                timer.addBatch();
                if ((i + 1) % BATCH == 0 || i == leads - 1) {
                    for (PreparedStatement batch : List.of(contact, email, deal, followUp, member, conversion, timer)) {
                        batch.executeBatch();
                    }
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE automation_timer, follow_up, follow_up_email, contact, contact_email, deal, lead_member, lead_conversion");
        }
        System.out.printf(Locale.ROOT, "SEEDED %d leads of one group (sequence %d, 3 e-mails), follow-ups and first-step timers in %d ms%n",
                leads, sequence, (System.nanoTime() - started) / 1_000_000);
    }

    private static String post(String baseUrl, String apiKey, String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("X-Api-Key", apiKey).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static long id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(id.group(1));
    }

    // ---------------------------------------------------------------- start

    /** Steps {@code first} to {@code first + due - 1} due at {@code rate}/s from three seconds ahead. */
    private static void start(Connection c, int first, int due, int rate) throws Exception {
        Instant from = Instant.now().plusSeconds(3);
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE automation_timer SET due_at = TIMESTAMPADD(MICROSECOND, (id - ?) * ?, ?)
                WHERE id >= ? AND id < ? AND kind = 'SEQUENCE_STEP' AND status = 'PENDING'""")) {
            s.setLong(1, FIRST_ID + first);
            s.setLong(2, 1_000_000L / rate);
            s.setTimestamp(3, Timestamp.from(from));
            s.setLong(4, FIRST_ID + first);
            s.setLong(5, FIRST_ID + first + due);
            int updated = s.executeUpdate();
            System.out.printf(Locale.ROOT, "DUE %d first steps (leads %d to %d) at %d/s from %s to %s%n", updated, first,
                    first + due - 1, rate, from,
                    from.plusMillis(1000L * (due - 1) / rate));
        }
    }

    // ---------------------------------------------------------------- measure

    /** The steps of the leads from {@code first} on (those before were the warm-up). */
    private static void measure(Connection c, Path sinkFile, int firstLead) throws Exception {
        Map<String, Long> due = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT timer_key, due_at FROM automation_timer
                     WHERE id >= %d AND kind = 'SEQUENCE_STEP' AND status = 'FIRED'""".formatted(FIRST_ID + firstLead))) {
            while (rs.next()) {
                due.put(rs.getString(1), rs.getTimestamp(2).toInstant().toEpochMilli());
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Long> lateness = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String line : Files.readAllLines(sinkFile)) {
            String[] parts = line.trim().split(" ");
            if (parts.length < 2 || !due.containsKey(parts[0])) {
                continue;
            }
            long arrived = Long.parseLong(parts[1]);
            if (seen.merge(parts[0], 1, Integer::sum) == 1) {
                lateness.add(arrived - due.get(parts[0]));
                first = Math.min(first, arrived);
                last = Math.max(last, arrived);
            }
        }
        lateness.sort(null);
        long twice = seen.values().stream().filter(n -> n > 1).count();
        int arrived = lateness.size();
        System.out.printf(Locale.ROOT, "SENT %d of %d fired first steps arrived at the SMTP sink, %d missing, %d twice%n", arrived,
                due.size(), due.size() - arrived, twice);
        if (arrived > 1) {
            System.out.printf(Locale.ROOT, "RATE %.1f e-mails/s (first to last arrival, %.1f s)%n",
                    (arrived - 1) * 1000.0 / (last - first), (last - first) / 1000.0);
            System.out.printf(Locale.ROOT, "LATENESS (SMTP arrival - due) p50 %d ms, p90 %d ms, p99 %d ms, max %d ms; within 1 s: %.2f%%%n",
                    at(lateness, 0.50), at(lateness, 0.90), at(lateness, 0.99), lateness.get(arrived - 1),
                    100.0 * lateness.stream().filter(ms -> ms <= 1000).count() / arrived);
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status ORDER BY status")) {
            StringBuilder statuses = new StringBuilder();
            while (rs.next()) {
                statuses.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
            }
            System.out.println("OUTBOX" + statuses);
        }
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
