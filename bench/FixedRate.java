import java.io.IOException;
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
 * A fixed-rate load generator (open model, like wrk2): sends POST /api/v1/deals at RATE per
 * second for SECONDS, whatever the answers take, so latency is not hidden by back-pressure.
 * Writes the eventId of every 2xx answer to IDS_FILE and prints one "FIXEDRATE key=value" line.
 *
 * <p>Run: {@code java bench/FixedRate.java BASE_URL API_KEY RATE SECONDS IDS_FILE RUN_NAME}
 */
public class FixedRate {

    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"?(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path idsFile = Path.of(args[4]);
        String run = args[5];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        try (PrintWriter ids = new PrintWriter(Files.newBufferedWriter(idsFile))) {
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long total = (long) rate * seconds;
            long periodNanos = 1_000_000_000L / rate;
            long started = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                long n = sent.incrementAndGet();
                if (n > total) {
                    return;
                }
                String body = String.format(Locale.ROOT,
                        "{\"source\":\"leads-autocloud\",\"contact\":{\"email\":\"%s-%d@bench.example\",\"name\":\"Rate %d\"},"
                                + "\"deal\":{\"products\":[\"autocloud\"]}}", run, n, n);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/deals"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long sentAt = System.nanoTime();
                inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    if (failure != null) {
                        failed.incrementAndGet();
                        return;
                    }
                    latencies.add(System.nanoTime() - sentAt);
                    if (response.statusCode() / 100 == 2) {
                        ok.incrementAndGet();
                        Matcher id = EVENT_ID.matcher(response.body());
                        if (id.find()) {
                            synchronized (ids) {
                                ids.println(id.group(1));
                            }
                        }
                    } else {
                        non2xx.incrementAndGet();
                    }
                }));
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            while (sent.get() < total) {
                Thread.sleep(50);
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
            System.out.printf(Locale.ROOT, "FIXEDRATE sent=%d seconds=%.1f rate=%.0f ok=%d non2xx=%d failed=%d p50ms=%.1f p99ms=%.1f%n",
                    Math.min(sent.get(), total), elapsed, Math.min(sent.get(), total) / elapsed, ok.get(), non2xx.get(), failed.get(),
                    pct(sorted, 0.50), pct(sorted, 0.99));
        }
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
