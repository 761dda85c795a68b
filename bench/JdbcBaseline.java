import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw-JDBC baseline: the rows Leadwire writes for one API deal (contact + contact_email
 * upserted by the unique e-mail, contact_history, inbound_event, deal, deal_history and two
 * outbox rows), written straight into MariaDB by N threads each with its own connection, GROUP
 * events per transaction (1: one commit per request; more: the grouped commit of the intake
 * writers, one JDBC batch per table, without any HTTP, rendering or delivery, so the most the
 * database can take on this machine). Same mix as bench/deals.lua: 10% of events repeat an
 * e-mail the thread already sent, in other case and with spaces.
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/JdbcBaseline.java JDBC_URL THREADS WARMUP_S SECONDS [GROUP]}
 * against a database that has the app's schema. Prints one "BASELINE key=value ..." line.
 */
public class JdbcBaseline {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);
    private static final String MAIL_PAYLOAD = "{\"to\":[\"%s\"],\"bcc\":[],\"subject\":\"A TRANSFORMAÇÃO ESTÁ A CAMINHO\","
            + "\"text\":\"Olá %s,\\n\\nobrigado pelo seu interesse no autocloud®! Em breve a nossa equipe comercial entra em "
            + "contato\\npara agendar uma apresentação.\\n\\nAté logo!\\n\"}";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int group = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        long[] pipelineAndStage = schemaRows(url);

        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(i, DriverManager.getConnection(url, "root", ""), pipelineAndStage, group, measuring, stop);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Worker worker : workers) {
            worker.join();
        }
        long events = workers.stream().mapToLong(w -> w.measured).sum();
        long failures = workers.stream().mapToLong(w -> w.failures).sum();
        long distinct = workers.stream().mapToLong(w -> w.emails.size()).sum();
        long[] all = workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.latencyCount)).sorted().toArray();
        long contacts;
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contact")) {
            rs.next();
            contacts = rs.getLong(1);
        }
        System.out.printf(Locale.ROOT,
                "BASELINE threads=%d group=%d seconds=%.1f events=%d eps=%.0f p50ms=%.2f p99ms=%.2f failures=%d distinct=%d contacts=%d%n",
                threads, group, elapsed, events, events / elapsed, pct(all, 0.50), pct(all, 0.99), failures, distinct, contacts);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** A pipeline and a stage for the deals' foreign keys. */
    private static long[] schemaRows(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            Timestamp now = Timestamp.from(Instant.now());
            s.executeUpdate("INSERT INTO pipeline (id, name, position, created_at) VALUES (1, 'baseline', 0, '" + now + "')");
            s.executeUpdate("INSERT INTO stage (id, pipeline_id, name, position, kind) VALUES (1, 1, 'LEAD', 0, 'OPEN')");
            return new long[] {1, 1};
        }
    }

    static final class Worker extends Thread {
        private final int index;
        private final Connection c;
        private final long pipeline;
        private final long stage;
        private final int group;
        private final AtomicBoolean measuring;
        private final AtomicBoolean stop;
        final List<String> emails = new ArrayList<>();
        long[] latencies = new long[1 << 20];
        int latencyCount;
        long measured;
        long failures;

        Worker(int index, Connection c, long[] pipelineAndStage, int group, AtomicBoolean measuring, AtomicBoolean stop) {
            this.index = index;
            this.c = c;
            this.pipeline = pipelineAndStage[0];
            this.stage = pipelineAndStage[1];
            this.group = group;
            this.measuring = measuring;
            this.stop = stop;
        }

        @Override
        public void run() {
            try (c) {
                c.setAutoCommit(false);
                PreparedStatement findEmail = c.prepareStatement("SELECT contact_id FROM contact_email WHERE email = ?");
                PreparedStatement insertContact = c.prepareStatement("""
                        INSERT INTO contact (id, name, phone, country, language, custom_fields, consent, consent_text, consent_at,
                                             unsubscribed, telegram_user_id, created_at, updated_at, version)
                        VALUES (?, ?, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, FALSE, NULL, ?, ?, 0)""");
                PreparedStatement insertEmail = c.prepareStatement(
                        "INSERT INTO contact_email (id, contact_id, email, is_primary, created_at) VALUES (?, ?, ?, TRUE, ?)");
                PreparedStatement insertContactHistory = c.prepareStatement("""
                        INSERT INTO contact_history (id, contact_id, event_id, change_kind, field, old_value, new_value, actor, changed_at)
                        VALUES (?, ?, ?, 'CREATED', NULL, NULL, NULL, 'api:initial', ?)""");
                PreparedStatement insertEvent = c.prepareStatement("""
                        INSERT INTO inbound_event (id, channel, source_key, idempotency_key, payload, received_at, processed_at,
                                                   outcome, contact_id, deal_id)
                        VALUES (?, 'API', 'leads-autocloud', ?, ?, ?, ?, 'PROCESSED', ?, ?)""");
                PreparedStatement insertDeal = c.prepareStatement("""
                        INSERT INTO deal (id, title, amount, currency, contact_id, pipeline_id, stage_id, responsible_user_id, source_id,
                                          products, custom_fields, external_ref, payment_status, created_at, stage_entered_at, updated_at, version)
                        VALUES (?, ?, NULL, NULL, ?, ?, ?, NULL, NULL, 'autocloud', '{}', NULL, NULL, ?, ?, ?, 0)""");
                PreparedStatement insertDealHistory = c.prepareStatement("""
                        INSERT INTO deal_history (id, deal_id, from_stage_id, to_stage_id, actor, note, moved_at)
                        VALUES (?, ?, NULL, ?, 'api:initial', NULL, ?)""");
                PreparedStatement insertOutbox = c.prepareStatement("""
                        INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts,
                                                    next_attempt_at, deal_id, event_id, created_at)
                        VALUES (?, 'MAIL', ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)""");
                List<PreparedStatement> batches = List.of(insertContact, insertEmail, insertContactHistory, insertDeal, insertDealHistory,
                        insertEvent, insertOutbox);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long seq = 0;
                while (!stop.get()) {
                    List<String> raws = new ArrayList<>(group);
                    List<String> names = new ArrayList<>(group);
                    for (int i = 0; i < group; i++) {
                        seq++;
                        if (!emails.isEmpty() && random.nextDouble() < 0.10) {
                            raws.add("  " + emails.get(random.nextInt(emails.size())).toUpperCase(Locale.ROOT) + " ");
                        } else {
                            raws.add("jdbc-t" + index + "-" + seq + "@bench.example");
                            emails.add(raws.get(i));
                        }
                        names.add("Bench " + index + "-" + seq);
                    }
                    long started = System.nanoTime();
                    boolean done = false;
                    for (int attempt = 0; attempt < 3 && !done; attempt++) {
                        try {
                            Timestamp now = Timestamp.from(Instant.now());
                            Map<String, Long> contacts = new HashMap<>();
                            for (String raw : raws) {
                                String email = raw.strip().toLowerCase(Locale.ROOT);
                                if (contacts.containsKey(email)) {
                                    continue;
                                }
                                findEmail.setString(1, email);
                                try (ResultSet rs = findEmail.executeQuery()) {
                                    contacts.put(email, rs.next() ? rs.getLong(1) : null);
                                }
                            }
                            for (int i = 0; i < group; i++) {
                                String raw = raws.get(i);
                                String email = raw.strip().toLowerCase(Locale.ROOT);
                                String name = names.get(i);
                                long eventId = IDS.incrementAndGet();
                                Long contactId = contacts.get(email);
                                if (contactId == null) {
                                    contactId = IDS.incrementAndGet();
                                    contacts.put(email, contactId);
                                    insertContact.setLong(1, contactId);
                                    insertContact.setString(2, name);
                                    insertContact.setTimestamp(3, now);
                                    insertContact.setTimestamp(4, now);
                                    insertContact.addBatch();
                                    insertEmail.setLong(1, IDS.incrementAndGet());
                                    insertEmail.setLong(2, contactId);
                                    insertEmail.setString(3, email);
                                    insertEmail.setTimestamp(4, now);
                                    insertEmail.addBatch();
                                    insertContactHistory.setLong(1, IDS.incrementAndGet());
                                    insertContactHistory.setLong(2, contactId);
                                    insertContactHistory.setLong(3, eventId);
                                    insertContactHistory.setTimestamp(4, now);
                                    insertContactHistory.addBatch();
                                }
                                long dealId = IDS.incrementAndGet();
                                insertDeal.setLong(1, dealId);
                                insertDeal.setString(2, name + " – autocloud");
                                insertDeal.setLong(3, contactId);
                                insertDeal.setLong(4, pipeline);
                                insertDeal.setLong(5, stage);
                                insertDeal.setTimestamp(6, now);
                                insertDeal.setTimestamp(7, now);
                                insertDeal.setTimestamp(8, now);
                                insertDeal.addBatch();
                                insertDealHistory.setLong(1, IDS.incrementAndGet());
                                insertDealHistory.setLong(2, dealId);
                                insertDealHistory.setLong(3, stage);
                                insertDealHistory.setTimestamp(4, now);
                                insertDealHistory.addBatch();
                                insertEvent.setLong(1, eventId);
                                insertEvent.setString(2, "API:leads-autocloud:auto-" + eventId);
                                insertEvent.setString(3, "{\"source\":\"leads-autocloud\",\"contact\":{\"email\":\"" + raw
                                        + "\",\"name\":\"" + name + "\"},\"deal\":{\"products\":[\"autocloud\"]}}");
                                insertEvent.setTimestamp(4, now);
                                insertEvent.setTimestamp(5, now);
                                insertEvent.setLong(6, contactId);
                                insertEvent.setLong(7, dealId);
                                insertEvent.addBatch();
                                for (int action = 0; action < 2; action++) {
                                    String to = action == 0 ? "ana.souza@comercial.example, bruno.lima@comercial.example" : email;
                                    insertOutbox.setLong(1, IDS.incrementAndGet());
                                    insertOutbox.setString(2, "rule-1:event-" + eventId + ":action-" + action);
                                    insertOutbox.setString(3, to);
                                    insertOutbox.setString(4, String.format(MAIL_PAYLOAD, to, name));
                                    insertOutbox.setTimestamp(5, now);
                                    insertOutbox.setLong(6, dealId);
                                    insertOutbox.setLong(7, eventId);
                                    insertOutbox.setTimestamp(8, now);
                                    insertOutbox.addBatch();
                                }
                            }
                            for (PreparedStatement insert : batches) {
                                insert.executeBatch();
                            }
                            c.commit();
                            done = true;
                        } catch (SQLIntegrityConstraintViolationException e) {
                            rollback(c, batches); // another thread's repeat won the e-mail: read it again
                        } catch (SQLException e) {
                            rollback(c, batches);
                            if (e.getErrorCode() != 1213) {
                                throw e;
                            }
                        }
                    }
                    if (!done) {
                        failures += group;
                    } else if (measuring.get()) {
                        measured += group;
                        for (int i = 0; i < group && latencyCount < latencies.length; i++) {
                            latencies[latencyCount++] = System.nanoTime() - started;
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void rollback(Connection c, List<PreparedStatement> batches) throws SQLException {
            c.rollback();
            for (PreparedStatement batch : batches) {
                batch.clearBatch();
            }
        }
    }
}
