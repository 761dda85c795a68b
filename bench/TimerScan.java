import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The claim of {@code automation.timers.TimerRows.CLAIM_DUE} with PENDING timers in
 * {@code automation_timer} (a database the app migrated): inserts them in one INSERT … SELECT
 * (1% due, the rest over the next weeks), prints the claim's EXPLAIN and MariaDB's ANALYZE (rows
 * really read), then times claims of up to 100 rows (each in a transaction rolled back, so every
 * round finds the same rows): with 1% due, with none due, and with all of them due (a backlog).
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/TimerScan.java JDBC_URL PENDING ROUNDS}
 */
public class TimerScan {

    /** The app's claim (TimerRows.CLAIM_DUE), with its two parameters. */
    private static final String CLAIM = """
            SELECT id, rule_id, deal_id, contact_id, kind, stage_id, base_at, due_at, origin, timer_key, status, attempts
            FROM automation_timer
            WHERE status = 'PENDING' AND due_at <= ?
            ORDER BY due_at
            LIMIT ?
            FOR UPDATE SKIP LOCKED""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int pending = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Instant now = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            long started = System.nanoTime();
            insert(c, pending, now);
            System.out.printf(Locale.ROOT, "INSERTED %d pending timers (%d due) in %d ms%n", pending, pending / 100,
                    (System.nanoTime() - started) / 1_000_000);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE automation_timer");
            }
            print(c, "EXPLAIN " + CLAIM, now, "EXPLAIN");
            c.setAutoCommit(false);
            print(c, "ANALYZE " + CLAIM, now, "ANALYZE");
            c.rollback();
            time(c, "1% due", now, rounds);
            time(c, "none due", now.minus(Duration.ofDays(3650)), rounds);
            time(c, "all due (backlog)", now.plus(Duration.ofDays(3650)), rounds);
        }
    }

    private static void insert(Connection c, int pending, Instant now) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO automation_timer (id, timer_key, rule_id, deal_id, kind, base_at, due_at, status, attempts, created_at)
                WITH digit (n) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                                   UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
                     series (i) AS (SELECT a.n + 10 * b.n + 100 * c.n + 1000 * d.n + 10000 * e.n + 100000 * f.n
                                    FROM digit a, digit b, digit c, digit d, digit e, digit f)
                SELECT NEXT VALUE FOR automation_timer_seq, CONCAT('bench:', i), 1 + MOD(i, 20), 1000000 + MOD(i, 5000), 'DELAY',
                       TIMESTAMPADD(DAY, -1, ?),
                       CASE WHEN MOD(i, 100) = 0 THEN TIMESTAMPADD(SECOND, -1 - MOD(i, 3600), ?)
                            ELSE TIMESTAMPADD(SECOND, 60 + MOD(i * 7919, 2592000), ?) END,
                       'PENDING', 0, ?
                FROM series WHERE i < ?""")) {
            Timestamp at = Timestamp.from(now);
            s.setTimestamp(1, at);
            s.setTimestamp(2, at);
            s.setTimestamp(3, at);
            s.setTimestamp(4, at);
            s.setInt(5, pending);
            s.executeUpdate();
        }
    }

    private static void print(Connection c, String sql, Instant now, String label) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, 100);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData columns = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder(label);
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        line.append(' ').append(columns.getColumnLabel(i)).append('=').append(rs.getString(i));
                    }
                    System.out.println(line);
                }
            }
        }
    }

    private static void time(Connection c, String what, Instant now, int rounds) throws Exception {
        long[] nanos = new long[rounds];
        int claimed = 0;
        for (int round = -10; round < rounds; round++) {
            long started = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setInt(2, 100);
                claimed = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claimed++;
                    }
                }
            }
            c.rollback();
            if (round >= 0) {
                nanos[round] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "CLAIM %s: %d rows per claim, %d rounds, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, claimed,
                rounds, nanos[rounds / 2] / 1e6, nanos[Math.min(rounds - 1, rounds * 99 / 100)] / 1e6, nanos[rounds - 1] / 1e6);
    }
}
