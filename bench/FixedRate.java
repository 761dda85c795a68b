import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-rate load generator (open model, like wrk2): request n is due at start + n / RATE
 * whatever the earlier answers took, and its latency is counted from that due time, so a slow
 * answer cannot hide the requests queued behind it. Worker threads with blocking keep-alive
 * connections take the requests in order; it is meant to cost little CPU (printed), since the
 * app it measures shares the same two cores.
 * Writes the eventId of every 2xx answer to IDS_FILE and prints one "FIXEDRATE key=value" line.
 *
 * <p>Run: {@code java bench/FixedRate.java BASE_URL API_KEY RATE SECONDS IDS_FILE RUN_NAME [DISTINCT_EMAILS [REPS]]};
 * with DISTINCT_EMAILS above 0 the contact e-mails cycle over that many addresses (a mail server that keeps a
 * mailbox per recipient then does not grow for the whole run), else each request has its own. With REPS
 * (comma-separated usernames) deal n is given to rep n mod REPS as its responsible, round robin.
 */
public class FixedRate {

    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"?(\\d+)");
    private static final int WORKERS = 64;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path idsFile = Path.of(args[4]);
        String run = args[5];
        long cycle = args.length > 6 ? Long.parseLong(args[6]) : 0;
        long distinctEmails = cycle > 0 ? cycle : Long.MAX_VALUE;
        String[] reps = args.length > 7 ? args[7].split(",") : new String[0];
        long total = (long) rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        AtomicLong next = new AtomicLong();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        List<Worker> workers = new ArrayList<>();
        try (PrintWriter ids = new PrintWriter(Files.newBufferedWriter(idsFile))) {
            for (int i = 0; i < WORKERS; i++) {
                Worker worker = new Worker(URI.create(base + "/api/v1/deals").toURL(), apiKey, run, distinctEmails, reps, next,
                        total, started, periodNanos, ids);
                workers.add(worker);
                worker.start();
            }
            for (Worker worker : workers) {
                worker.join();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = workers.stream().flatMapToLong(w -> java.util.Arrays.stream(w.latencies, 0, w.count)).sorted().toArray();
        long ok = workers.stream().mapToLong(w -> w.ok).sum();
        long non2xx = workers.stream().mapToLong(w -> w.non2xx).sum();
        long failed = workers.stream().mapToLong(w -> w.failed).sum();
        double cpuMsPerRequest = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, total);
        System.out.printf(Locale.ROOT,
                "FIXEDRATE sent=%d seconds=%.1f rate=%.0f ok=%d non2xx=%d failed=%d p50ms=%.1f p99ms=%.1f generator_cpu_ms_per_request=%.3f%n",
                total, elapsed, total / elapsed, ok, non2xx, failed, pct(sorted, 0.50), pct(sorted, 0.99), cpuMsPerRequest);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static final class Worker extends Thread {
        private final java.net.URL url;
        private final String apiKey;
        private final String run;
        private final long distinctEmails;
        private final String[] reps;
        private final AtomicLong next;
        private final long total;
        private final long started;
        private final long periodNanos;
        private final PrintWriter ids;
        final long[] latencies;
        int count;
        long ok;
        long non2xx;
        long failed;

        Worker(java.net.URL url, String apiKey, String run, long distinctEmails, String[] reps, AtomicLong next, long total,
               long started, long periodNanos, PrintWriter ids) {
            this.url = url;
            this.apiKey = apiKey;
            this.run = run;
            this.distinctEmails = distinctEmails;
            this.reps = reps;
            this.next = next;
            this.total = total;
            this.started = started;
            this.periodNanos = periodNanos;
            this.ids = ids;
            this.latencies = new long[(int) Math.min(Integer.MAX_VALUE - 8, total)];
            setDaemon(true);
        }

        @Override
        public void run() {
            for (long n = next.incrementAndGet(); n <= total; n = next.incrementAndGet()) {
                long due = started + (n - 1) * periodNanos;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                String responsible = reps.length == 0 ? "" : ",\"responsible\":\"" + reps[(int) ((n - 1) % reps.length)] + "\"";
                String body = String.format(Locale.ROOT,
                        "{\"source\":\"leads-autocloud\",\"contact\":{\"email\":\"%s-%d@bench.example\",\"name\":\"Rate %d\"},"
                                + "\"deal\":{\"products\":[\"autocloud\"]%s}}", run, (n - 1) % distinctEmails + 1, n, responsible);
                try {
                    int status = post(body);
                    latencies[count++] = System.nanoTime() - due;
                    if (status / 100 == 2) {
                        ok++;
                    } else {
                        non2xx++;
                    }
                } catch (IOException e) {
                    failed++;
                }
            }
        }

        /** One POST over the JDK's kept-alive connection of this thread; the body is read whole so it can be reused. */
        private int post(String body) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("X-Api-Key", apiKey);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher id = EVENT_ID.matcher(answer);
                if (status / 100 == 2 && id.find()) {
                    synchronized (ids) {
                        ids.println(id.group(1));
                    }
                }
            }
            return status;
        }
    }
}
