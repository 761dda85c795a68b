import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact list with many contacts, on MariaDB. {@code seed}: {@code CONTACTS} contacts, each
 * with an e-mail (every tenth with a second one), a name (1% named Nogueira), a Brazilian mobile
 * phone, a country (5% PT), consent on half, 2% unsubscribed, written over JDBC in batches into a
 * database the app migrated. {@code measure}: {@code GET /api/v1/contacts} (what the panel's lazy
 * grid calls: one page plus the count) for the first page, a deep page, and searches by name,
 * e-mail and phone and with a filter, each {@code ROUNDS} times over HTTP.
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/ContactQueries.java seed JDBC_URL CONTACTS}
 * or {@code … measure APP_URL API_KEY ROUNDS}
 */
public class ContactQueries {

    private static final long FIRST_ID = 50_000_000L;
    private static final int BATCH = 2_000;

    public static void main(String[] args) throws Exception {
        if ("seed".equals(args[0])) {
            seed(args[1], Integer.parseInt(args[2]));
        } else {
            measure(args[1], args[2], Integer.parseInt(args[3]));
        }
    }

    static void seed(String url, int contacts) throws Exception {
        long started = System.nanoTime();
        Instant now = Instant.now();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement contact = c.prepareStatement("""
                    INSERT INTO contact (id, name, phone, country, language, consent, unsubscribed, source_key, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, 'pt-BR', ?, ?, ?, ?, ?, 0)""");
                 PreparedStatement email = c.prepareStatement("""
                    INSERT INTO contact_email (id, contact_id, email, mailbox, is_primary, created_at) VALUES (?, ?, ?, ?, ?, ?)""")) {
                long emailId = FIRST_ID;
                for (int i = 0; i < contacts; i++) {
                    long id = FIRST_ID + i;
                    Timestamp created = Timestamp.from(now.minusSeconds(contacts - i));
                    contact.setLong(1, id);
                    contact.setString(2, "Pessoa " + i + (i % 100 == 7 ? " Nogueira" : " Silva"));
                    contact.setString(3, "+55119" + String.format(Locale.ROOT, "%08d", i));
                    contact.setString(4, i % 20 == 3 ? "PT" : "BR");
                    contact.setBoolean(5, i % 2 == 0);
                    contact.setBoolean(6, i % 50 == 11);
                    contact.setString(7, i % 3 == 0 ? "leads-autocloud" : null);
                    contact.setTimestamp(8, created);
                    contact.setTimestamp(9, created);
                    contact.addBatch();
                    addEmail(email, emailId++, id, "bench-contact-" + i + "@example.com", true, created);
                    if (i % 10 == 5) {
                        addEmail(email, emailId++, id, "second." + i + "@work.example.com", false, created);
                    }
                    if (i % BATCH == BATCH - 1 || i == contacts - 1) {
                        contact.executeBatch();
                        email.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE contact, contact_email");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contact")) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "SEEDED %d contacts (table now %d) in %.1f s%n", contacts, rs.getLong(1),
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }
    }

    private static void addEmail(PreparedStatement email, long id, long contactId, String address, boolean primary, Timestamp at)
            throws Exception {
        email.setLong(1, id);
        email.setLong(2, contactId);
        email.setString(3, address);
        email.setString(4, address);
        email.setBoolean(5, primary);
        email.setTimestamp(6, at);
        email.addBatch();
    }

    static void measure(String appUrl, String apiKey, int rounds) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page, no search", "page=0&size=50");
        queries.put("page 1000 (offset 50,000), no search", "page=1000&size=50");
        queries.put("last page, no search", "page=1999&size=50");
        queries.put("search name 'nogueira' (1%), first page", "q=nogueira&page=0&size=50");
        queries.put("search name 'nogueira', page 10", "q=nogueira&page=10&size=50");
        queries.put("search one e-mail 'bench-contact-77777@'", "q=" + enc("bench-contact-77777@") + "&page=0&size=50");
        queries.put("search a second e-mail 'second.4445@'", "q=" + enc("second.4445@") + "&page=0&size=50");
        queries.put("search phone '9 0007-7777'", "q=" + enc("9 0007-7777") + "&page=0&size=50");
        queries.put("search 'pessoa 4242' (name contains, 11 matches)", "q=" + enc("pessoa 4242") + "&page=0&size=50");
        queries.put("filter country=PT&consent=true, first page", "country=PT&consent=true&page=0&size=50");
        queries.put("filter unsubscribed=true (2%), first page", "unsubscribed=true&page=0&size=50");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Pattern total = Pattern.compile("\"total\":(\\d+)");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            URI uri = URI.create(appUrl + "/api/v1/contacts?" + query.getValue());
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
            System.out.printf(Locale.ROOT, "HTTP %-50s total %7s: %s%n", query.getKey(), found, percentiles(nanos));
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, sorted[n - 1] / 1e6);
    }
}
