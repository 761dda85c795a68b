import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stub Telegram Bot API for the bench, on 127.0.0.1, speaking what the TelegramBots 10.2 client
 * calls: {@code /bot<token>/<method>} matched case-insensitively, JSON bodies, {@code {"ok":true,"result":…}}
 * answers, getUpdates long polling (offset, timeout), deleteWebhook, sendMessage, editMessageText,
 * answerCallbackQuery (any other method answers {@code true}).
 *
 * <p>It holds the bot to Telegram's limits as written, on arrival times: a sendMessage to a chat less
 * than PER_CHAT_MS after the last one accepted for it, or when PER_SECOND were accepted in the last
 * second, answers 429 with {@code retry_after} and is not delivered. A 429 here means the app's own
 * pace broke the limits. Every sendMessage goes as one line to LOG_FILE:
 * {@code arrival-epoch-µs status chat deal} (deal: the id in the card's "/deals/<id>" button, or -).
 *
 * <p>The bench drives the "users" through {@code /stub/}: {@code POST /stub/message?chat=C&text=T}
 * queues a private text message from user C, {@code GET /stub/sent?chat=C} counts the messages
 * accepted for C, {@code GET /stub/stats} prints the totals.
 *
 * <p>Run: {@code java bench/StubBotApi.java PORT TOKEN LOG_FILE [PER_CHAT_MS 1000] [PER_SECOND 30]}
 */
public class StubBotApi {

    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final Pattern OFFSET = Pattern.compile("\"offset\"\\s*:\\s*(-?\\d+)");
    private static final Pattern TIMEOUT = Pattern.compile("\"timeout\"\\s*:\\s*(\\d+)");
    private static final Pattern MESSAGE_ID = Pattern.compile("\"message_id\"\\s*:\\s*(\\d+)");
    private static final Pattern DEAL = Pattern.compile("/deals/(\\d+)\"");
    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\":(\\d+)");
    /** The longest a getUpdates call is held, whatever it asks: the bench stays bounded in time. */
    private static final int MAX_POLL_SECONDS = 10;

    private final String token;
    private final long perChatNanos;
    private final int perSecond;
    private final BufferedWriter log;
    private final AtomicLong updateIds = new AtomicLong(100);
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final List<String> updates = new ArrayList<>(); // JSON of queued updates, guarded by this
    private final Map<Long, Long> lastAccepted = new HashMap<>(); // chat -> nanoTime, guarded by limits
    private final ArrayDeque<Long> lastSecond = new ArrayDeque<>(); // guarded by limits
    private final Object limits = new Object();
    private final Map<Long, AtomicInteger> sentPerChat = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger limited = new AtomicInteger();

    StubBotApi(String token, long perChatMillis, int perSecond, Path logFile) throws IOException {
        this.token = token;
        this.perChatNanos = TimeUnit.MILLISECONDS.toNanos(perChatMillis);
        this.perSecond = perSecond;
        this.log = Files.newBufferedWriter(logFile);
    }

    public static void main(String[] args) throws IOException {
        StubBotApi stub = new StubBotApi(args[1], args.length > 3 ? Long.parseLong(args[3]) : 1000,
                args.length > 4 ? Integer.parseInt(args[4]) : 30, Path.of(args[2]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 64);
        server.createContext("/", stub::handle);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        System.out.println("stub Bot API on 127.0.0.1:" + args[0]);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long arrived = System.nanoTime();
            Instant arrivedAt = Instant.now();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith("/stub/")) {
                control(exchange, path.substring("/stub/".length()), query(exchange));
                return;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            int slash = lower.indexOf('/', 1);
            if (!lower.startsWith("/bot") || slash < 0) {
                reply(exchange, 404, error(404, "Not Found"));
                return;
            }
            if (!path.substring(4, slash).equals(token)) {
                reply(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            String method = lower.substring(slash + 1);
            calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            switch (method) {
                case "getupdates" -> reply(exchange, 200, ok("[" + String.join(",",
                        pending(number(OFFSET, body, 0), (int) Math.min(MAX_POLL_SECONDS, number(TIMEOUT, body, 0)))) + "]"));
                case "sendmessage" -> sendMessage(exchange, body, arrived, arrivedAt);
                case "editmessagetext" -> reply(exchange, 200, ok(message(number(MESSAGE_ID, body, 0), number(CHAT_ID, body, 0))));
                case "getme" -> reply(exchange, 200, ok("{\"id\":4242,\"is_bot\":true,\"first_name\":\"Bench bot\",\"username\":\"bench_bot\"}"));
                default -> reply(exchange, 200, ok("true")); // deleteWebhook, answerCallbackQuery, setWebhook …
            }
        }
    }

    private void sendMessage(HttpExchange exchange, String body, long arrived, Instant arrivedAt) throws IOException {
        long chat = number(CHAT_ID, body, 0);
        long retryAfterNanos = admit(chat, arrived);
        Matcher deal = DEAL.matcher(body);
        String line = String.format(Locale.ROOT, "%d %d %d %s%n", arrivedAt.getEpochSecond() * 1_000_000 + arrivedAt.getNano() / 1000,
                retryAfterNanos == 0 ? 200 : 429, chat, deal.find() ? deal.group(1) : "-");
        synchronized (log) {
            log.write(line);
            log.flush();
        }
        if (retryAfterNanos > 0) {
            limited.incrementAndGet();
            long seconds = Math.max(1, (retryAfterNanos + 999_999_999L) / 1_000_000_000L);
            reply(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + seconds
                    + "\",\"parameters\":{\"retry_after\":" + seconds + "}}");
            return;
        }
        accepted.incrementAndGet();
        sentPerChat.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
        reply(exchange, 200, ok(message(messageIds.incrementAndGet(), chat)));
    }

    /** 0 = accepted (and counted); otherwise how long until this chat and the bot are under their limits. */
    private long admit(long chat, long now) {
        synchronized (limits) {
            while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
                lastSecond.pollFirst();
            }
            Long last = lastAccepted.get(chat);
            long chatWait = last == null ? 0 : Math.max(0, last + perChatNanos - now);
            long botWait = lastSecond.size() < perSecond ? 0 : lastSecond.peekFirst() + 1_000_000_000L - now;
            long wait = Math.max(chatWait, botWait);
            if (wait > 0) {
                return wait;
            }
            lastAccepted.put(chat, now);
            lastSecond.addLast(now);
            return 0;
        }
    }

    private void control(HttpExchange exchange, String what, Map<String, String> query) throws IOException {
        switch (what) {
            case "message" -> {
                long chat = Long.parseLong(query.get("chat"));
                String update = "{\"message\":{\"message_id\":" + messageIds.incrementAndGet() + ",\"from\":{\"id\":" + chat
                        + ",\"is_bot\":false,\"first_name\":\"Rep " + chat + "\"},\"chat\":{\"id\":" + chat
                        + ",\"type\":\"private\"},\"date\":" + Instant.now().getEpochSecond() + ",\"text\":\"" + escaped(query.get("text")) + "\"}";
                synchronized (this) {
                    long id = updateIds.incrementAndGet();
                    updates.add("{\"update_id\":" + id + "," + update.substring(1) + "}");
                    notifyAll();
                }
                reply(exchange, 200, "{\"queued\":true}");
            }
            case "sent" -> reply(exchange, 200, String.valueOf(sentPerChat.getOrDefault(Long.parseLong(query.get("chat")),
                    new AtomicInteger()).get()));
            case "stats" -> reply(exchange, 200, "sendMessage accepted=" + accepted + " limited=" + limited + " calls=" + calls);
            default -> reply(exchange, 404, error(404, "no such stub control"));
        }
    }

    /** The queued updates from {@code offset} on, waiting up to the timeout for one; older ones are confirmed and dropped. */
    private synchronized List<String> pending(long offset, int timeoutSeconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            updates.removeIf(update -> number(UPDATE_ID, update, 0) < offset);
            long left = until - System.nanoTime();
            if (!updates.isEmpty() || left <= 0) {
                return List.copyOf(updates);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    private static String message(long messageId, long chat) {
        return "{\"message_id\":" + messageId + ",\"date\":" + Instant.now().getEpochSecond() + ",\"chat\":{\"id\":" + chat
                + ",\"type\":\"private\"},\"text\":\"ok\"}";
    }

    private static String ok(String result) {
        return "{\"ok\":true,\"result\":" + result + "}";
    }

    private static String error(int code, String description) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
    }

    private static long number(Pattern pattern, String text, long otherwise) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : otherwise;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
