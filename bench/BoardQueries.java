import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Times the reads of one board render without filters: the statements
 * {@code pipeline.Board.of(pipelineId, BoardFilter.NONE, CARDS)} runs (deal count and value per
 * stage and currency, the first CARDS cards of each stage that has deals, the cards' contact
 * names), the same SQL over JDBC, repeated. The page itself (server, Vaadin's rendering, the
 * browser) is timed by {@code BoardRender.java}.
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/BoardQueries.java JDBC_URL PIPELINE_NAME ROUNDS CARDS}
 */
public class BoardQueries {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pipelineName = args[1];
        int rounds = Integer.parseInt(args[2]);
        int cardsPerStage = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            long pipeline;
            List<Long> stages = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM pipeline WHERE name = ?")) {
                s.setString(1, pipelineName);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    pipeline = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM stage WHERE pipeline_id = ? ORDER BY position")) {
                s.setLong(1, pipeline);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stages.add(rs.getLong(1));
                    }
                }
            }
            long deals = 0;
            long[] nanos = new long[rounds];
            int cards = 0;
            for (int round = 0; round < rounds + 5; round++) {
                long started = System.nanoTime();
                deals = 0;
                Set<Long> withDeals = new HashSet<>();
                try (PreparedStatement s = c.prepareStatement("SELECT stage_id, currency, COUNT(*), SUM(amount) FROM deal WHERE stage_id IN ("
                        + String.join(", ", Collections.nCopies(stages.size(), "?")) + ") GROUP BY stage_id, currency ORDER BY stage_id, currency")) {
                    for (int i = 0; i < stages.size(); i++) {
                        s.setLong(i + 1, stages.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            withDeals.add(rs.getLong(1));
                            deals += rs.getLong(3);
                            rs.getBigDecimal(4);
                        }
                    }
                }
                Set<Long> contacts = new HashSet<>();
                cards = 0;
                for (long stage : withDeals) {
                    try (PreparedStatement s = c.prepareStatement("""
                            SELECT id, stage_id, title, contact_id, amount, currency, source_id, responsible_user_id, created_at,
                            stage_entered_at FROM deal WHERE stage_id = ? ORDER BY stage_entered_at DESC, id DESC LIMIT ?""")) {
                        s.setLong(1, stage);
                        s.setInt(2, cardsPerStage);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                contacts.add(rs.getLong(4));
                                rs.getString(3);
                                rs.getTimestamp(10);
                                cards++;
                            }
                        }
                    }
                }
                if (!contacts.isEmpty()) {
                    String in = contacts.stream().map(String::valueOf).collect(Collectors.joining(","));
                    try (PreparedStatement s = c.prepareStatement("""
                            SELECT c.id, COALESCE(c.name, e.email) FROM contact c
                            LEFT JOIN contact_email e ON e.contact_id = c.id AND e.is_primary = TRUE
                            WHERE c.id IN (""" + in + ")"); ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(2);
                        }
                    }
                }
                if (round >= 5) {
                    nanos[round - 5] = System.nanoTime() - started;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "BOARD deals=%d stages=%d cards=%d rounds=%d p50ms=%.1f p99ms=%.1f maxms=%.1f%n", deals,
                    stages.size(), cards, rounds, nanos[rounds / 2] / 1e6, nanos[Math.max(0, (int) Math.ceil(rounds * 0.99) - 1)] / 1e6,
                    nanos[rounds - 1] / 1e6);
        }
    }
}
