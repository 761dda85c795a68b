import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Spreads the deals of a pipeline over its stages like a sales funnel, through the public API
 * ({@code POST /api/v1/deals/{id}/move}), so that the board has several full columns. Deal and
 * stage ids are only read from the database; every change goes through the app.
 *
 * <p>SHARES are percents per stage in board order (e.g. {@code 50,20,12,8,6,4}); the first
 * stage's share stays where intake put the deals (the pipeline's first stage), the other
 * shares are moved there, picked at random (fixed seed). Prints one "SPREAD key=value" line.
 *
 * <p>Run: {@code java -cp mariadb-java-client.jar bench/SpreadDeals.java BASE_URL API_KEY JDBC_URL PIPELINE SHARES}
 */
public class SpreadDeals {

    private static final int IN_FLIGHT = 8;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        String url = args[2];
        String pipelineName = args[3];
        int[] shares = Arrays.stream(args[4].split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        Map<Long, String> stages = new LinkedHashMap<>();
        List<Long> deals = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT s.id, s.name FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.name = ? ORDER BY s.position")) {
                s.setString(1, pipelineName);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stages.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            long first = stages.keySet().iterator().next();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM deal WHERE stage_id = ? ORDER BY id")) {
                s.setLong(1, first);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        deals.add(rs.getLong(1));
                    }
                }
            }
        }
        if (shares.length != stages.size()) {
            throw new IllegalArgumentException(shares.length + " shares for " + stages.size() + " stages " + stages.values());
        }
        Collections.shuffle(deals, new Random(42));
        int total = Arrays.stream(shares).sum();
        List<Long> stageIds = new ArrayList<>(stages.keySet());
        List<long[]> moves = new ArrayList<>(); // {dealId, stageId}
        int next = deals.size() * shares[0] / total;
        for (int i = 1; i < stageIds.size(); i++) {
            int count = deals.size() * shares[i] / total;
            for (int j = 0; j < count && next < deals.size(); j++, next++) {
                moves.add(new long[] {deals.get(next), stageIds.get(i)});
            }
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicLong ok = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (long[] move : moves) {
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/deals/" + move[0] + "/move"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"stageId\":" + move[1] + "}")).build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                slots.release();
                if (failure != null) {
                    failed.incrementAndGet();
                } else if (response.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                } else {
                    non2xx.incrementAndGet();
                }
            }));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // counted as failed by the callbacks
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Long, Long> perStage = moves.stream().collect(Collectors.groupingBy(m -> m[1], Collectors.counting()));
        String planned = stageIds.stream().map(id -> stages.get(id).replace(' ', '_') + "="
                + (id.equals(stageIds.get(0)) ? deals.size() - moves.size() : perStage.getOrDefault(id, 0L)))
                .collect(Collectors.joining(","));
        System.out.printf(Locale.ROOT, "SPREAD deals=%d moves=%d ok=%d non2xx=%d failed=%d seconds=%.1f rate=%.0f planned=%s%n",
                deals.size(), moves.size(), ok.get(), non2xx.get(), failed.get(), seconds, moves.size() / seconds, planned);
        System.exit(0);
    }
}
