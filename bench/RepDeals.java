import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FixedRate's open model (POST /api/v1/deals at RATE per second for SECONDS, whatever the answers
 * take) with a responsible rep on every deal: deal n goes to rep n mod REPS, round robin, so each
 * rep's chat gets RATE / REPS cards a second. Writes the eventId of every 2xx answer to IDS_FILE
 * and prints one "REPDEALS key=value" line.
 *
 * <p>Run: {@code java bench/RepDeals.java BASE_URL API_KEY RATE SECONDS IDS_FILE RUN_NAME REP_USERNAMES(comma-separated)}
 */
public class RepDeals {

    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"?(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path idsFile = Path.of(args[4]);
        String run = args[5];
        String[] reps = args[6].split(",");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        URI deals = URI.create(base + "/api/v1/deals");
        long total = (long) rate * seconds;
        AtomicLong due = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        try (PrintWriter ids = new PrintWriter(Files.newBufferedWriter(idsFile))) {
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long started = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                long n = due.incrementAndGet();
                if (n > total) {
                    return;
                }
                String body = String.format(Locale.ROOT,
                        "{\"source\":\"leads-autocloud\",\"contact\":{\"email\":\"%s-%d@bench.example\",\"name\":\"Card %d\"},"
                                + "\"deal\":{\"products\":[\"autocloud\"],\"responsible\":\"%s\"}}", run, n, n, reps[(int) ((n - 1) % reps.length)]);
                HttpRequest request = HttpRequest.newBuilder(deals).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long sentAt = System.nanoTime();
                inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    if (failure != null) {
                        failed.incrementAndGet();
                        return;
                    }
                    latencies.add(System.nanoTime() - sentAt);
                    if (response.statusCode() / 100 != 2) {
                        non2xx.incrementAndGet();
                        return;
                    }
                    ok.incrementAndGet();
                    Matcher id = EVENT_ID.matcher(response.body());
                    if (id.find()) {
                        synchronized (ids) {
                            ids.println(id.group(1));
                        }
                    }
                }));
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            while (due.get() < total) {
                Thread.sleep(20);
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            ticker.shutdownNow();
            List<CompletableFuture<?>> pending;
            synchronized (inFlight) {
                pending = new ArrayList<>(inFlight);
            }
            try {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // counted as failed by the callbacks
            }
            long[] sorted;
            synchronized (latencies) {
                sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            System.out.printf(Locale.ROOT, "REPDEALS sent=%d seconds=%.1f rate=%.1f reps=%d ok=%d non2xx=%d failed=%d p50ms=%.1f p99ms=%.1f%n",
                    total, elapsed, total / elapsed, reps.length, ok.get(), non2xx.get(), failed.get(), pct(sorted, 0.50), pct(sorted, 0.99));
        }
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
