package com.leadwire.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stub Telegram Bot API for the whole test JVM, on a free localhost port: real Bot API JSON
 * over HTTP, method paths matched case-insensitively (TelegramBots calls {@code /bot<token>/getupdates}).
 * It serves queued updates to getUpdates (honouring offset, holding the long poll up to its
 * timeout), records every call, answers sendMessage with a Message carrying a fresh
 * message_id, and can be told to fail a method for a while (429 with retry_after, or 502).
 */
public final class TestBotApi {

    private static final TestBotApi INSTANCE = new TestBotApi();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final AtomicLong updateIds = new AtomicLong(1000);
    private final AtomicInteger messageIds = new AtomicInteger(5000);
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    /** One recorded Bot API call: the method (lower-case), its JSON body (or raw text for multipart), and our answer's message id. */
    public record Call(String method, JsonNode body, String raw, Integer messageId, Instant at) {

        public long chatId() {
            return body.path("chat_id").asLong();
        }

        public String text() {
            return body.path("text").asText();
        }

        /** The callback data of every inline button, row by row, flattened. */
        public List<String> buttonData() {
            List<String> data = new ArrayList<>();
            body.path("reply_markup").path("inline_keyboard")
                    .forEach(row -> row.forEach(button -> data.add(button.path("callback_data").asText(null))));
            return data;
        }

        public List<String> buttonTexts() {
            List<String> texts = new ArrayList<>();
            body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(button -> texts.add(button.path("text").asText())));
            return texts;
        }

        /** The data of the button whose text contains {@code label}. */
        public String button(String label) {
            for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().contains(label)) {
                        return button.path("callback_data").asText();
                    }
                }
            }
            throw new AssertionError("no button '" + label + "' in " + body);
        }
    }

    /** @param chatId the one chat the failure is for, or null for every call */
    private record Failure(int status, Integer retryAfter, AtomicInteger remaining, Long chatId) {
    }

    private TestBotApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "test-bot-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static TestBotApi server() {
        return INSTANCE;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + INSTANCE.server.getAddress().getPort();
    }

    // ---- updates the "user" sends

    /** A private text message from a user (chat id = user id, as in Telegram); returns its update id. */
    public long sendText(long userId, String text) {
        return sendText(userId, text, null);
    }

    /** The same from a user whose Telegram app has that language_code (e.g. "pt-br"; null = none, as Telegram may send). */
    public long sendText(long userId, String text, String languageCode) {
        return queue(message(userId, text, null, languageCode));
    }

    /** A reply to one of the bot's messages in that chat. */
    public long replyTo(long userId, int messageId, String text) {
        return queue(message(userId, text, messageId, null));
    }

    /** A press on an inline button of the bot's message; the callback query id is "cb-<update id>". */
    public long press(long userId, int messageId, String data) {
        return press(userId, messageId, data, null);
    }

    /** A press from a user whose Telegram app has that language_code. */
    public long press(long userId, int messageId, String data, String languageCode) {
        return queue(callback(userId, messageId, data, languageCode));
    }

    /** An update's JSON without queueing it (for webhook posts). */
    public String textUpdateJson(long userId, String text) {
        ObjectNode update = message(userId, text, null, null);
        update.put("update_id", updateIds.incrementAndGet());
        return update.toString();
    }

    private synchronized long queue(ObjectNode update) {
        long id = updateIds.incrementAndGet();
        update.put("update_id", id);
        if (update.has("callback_query")) {
            ((ObjectNode) update.get("callback_query")).put("id", "cb-" + id);
        }
        updates.add(update);
        notifyAll();
        return id;
    }

    private static ObjectNode message(long userId, String text, Integer replyTo, String languageCode) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", INSTANCE.messageIds.incrementAndGet());
        message.set("from", user(userId, languageCode));
        message.set("chat", chat(userId));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", text);
        if (replyTo != null) {
            ObjectNode original = message.putObject("reply_to_message");
            original.put("message_id", replyTo);
            original.put("date", Instant.now().getEpochSecond());
            original.set("chat", chat(userId));
            original.put("text", "…");
        }
        return update;
    }

    private static ObjectNode callback(long userId, int messageId, String data, String languageCode) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.set("from", user(userId, languageCode));
        query.put("chat_instance", "ci-" + userId);
        query.put("data", data);
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId);
        message.put("date", Instant.now().getEpochSecond());
        message.set("chat", chat(userId));
        message.put("text", "…");
        return update;
    }

    private static ObjectNode user(long id, String languageCode) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "User" + id);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    private static ObjectNode chat(long id) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", id);
        chat.put("type", "private");
        return chat;
    }

    // ---- what the bot did

    public List<Call> calls(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(call -> call.method().equals(wanted)).toList();
    }

    /** Messages sent to a chat, oldest first. */
    public List<Call> sentTo(long chatId) {
        return calls("sendMessage").stream().filter(call -> call.chatId() == chatId).toList();
    }

    public Call lastSentTo(long chatId) {
        List<Call> sent = sentTo(chatId);
        if (sent.isEmpty()) {
            throw new AssertionError("nothing sent to chat " + chatId);
        }
        return sent.get(sent.size() - 1);
    }

    public List<Call> editsIn(long chatId, int messageId) {
        return calls("editMessageText").stream()
                .filter(call -> call.chatId() == chatId && call.body().path("message_id").asInt() == messageId).toList();
    }

    /** The answerCallbackQuery text for the press of that update, if it was answered. */
    public String answerTo(long pressUpdateId) {
        return calls("answerCallbackQuery").stream()
                .filter(call -> call.body().path("callback_query_id").asText().equals("cb-" + pressUpdateId))
                .map(call -> call.body().path("text").asText()).findFirst().orElse(null);
    }

    // ---- failures

    /** The next {@code times} calls of the method answer 429 with this retry_after. */
    public void rateLimit(String method, int times, int retryAfterSeconds) {
        failures.put(method.toLowerCase(Locale.ROOT), new Failure(429, retryAfterSeconds, new AtomicInteger(times), null));
    }

    /** The next {@code times} calls of the method for this chat answer 429 with this retry_after; other chats' calls work. */
    public void rateLimit(String method, long chatId, int times, int retryAfterSeconds) {
        failures.put(method.toLowerCase(Locale.ROOT), new Failure(429, retryAfterSeconds, new AtomicInteger(times), chatId));
    }

    /** The method answers 502 Bad Gateway until {@link #up(String)}. */
    public void down(String method) {
        failures.put(method.toLowerCase(Locale.ROOT), new Failure(502, null, new AtomicInteger(Integer.MAX_VALUE), null));
    }

    /** The method answers 502 Bad Gateway for this chat until {@link #up(String)}; other chats' calls work. */
    public void down(String method, long chatId) {
        failures.put(method.toLowerCase(Locale.ROOT), new Failure(502, null, new AtomicInteger(Integer.MAX_VALUE), chatId));
    }

    public void up(String method) {
        failures.remove(method.toLowerCase(Locale.ROOT));
    }

    // ---- the HTTP side

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            JsonNode body = parse(exchange, raw);
            Failure failure = failures.get(method);
            if (failure != null && (failure.chatId() == null || failure.chatId() == body.path("chat_id").asLong())
                    && failure.remaining().getAndDecrement() > 0) {
                calls.add(new Call(method + ":failed", body, raw, null, Instant.now()));
                fail(exchange, failure);
                return;
            }
            if (method.equals("getupdates")) {
                reply(exchange, 200, ok(pending(body.path("offset").asLong(0), body.path("timeout").asInt(0))));
                return;
            }
            Integer messageId = null;
            Object result = true;
            if (method.equals("sendmessage")) {
                messageId = messageIds.incrementAndGet();
                result = sentMessage(body, messageId);
            } else if (method.equals("editmessagetext")) {
                result = sentMessage(body, body.path("message_id").asInt());
            } else if (method.equals("getme")) {
                ObjectNode me = JSON.createObjectNode();
                me.put("id", 4242);
                me.put("is_bot", true);
                me.put("first_name", "Leadwire test bot");
                me.put("username", "leadwire_test_bot");
                result = me;
            }
            calls.add(new Call(method, body, raw, messageId, Instant.now()));
            reply(exchange, 200, ok(result));
        }
    }

    private static JsonNode parse(HttpExchange exchange, String raw) {
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (type.contains("json") && !raw.isBlank()) {
            try {
                return JSON.readTree(raw);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }
        return JSON.createObjectNode();
    }

    private synchronized List<ObjectNode> pending(long offset, int timeoutSeconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(timeoutSeconds, 2));
        while (true) {
            List<ObjectNode> due = updates.stream().filter(update -> update.get("update_id").asLong() >= offset).toList();
            long left = until - System.nanoTime();
            if (!due.isEmpty() || left <= 0) {
                updates.removeIf(update -> update.get("update_id").asLong() < offset);
                return due;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    private static ObjectNode sentMessage(JsonNode body, int messageId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", Instant.now().getEpochSecond());
        message.set("chat", chat(body.path("chat_id").asLong()));
        message.put("text", body.path("text").asText());
        return message;
    }

    private static String ok(Object result) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("ok", true);
        answer.set("result", JSON.valueToTree(result));
        return answer.toString();
    }

    private static void fail(HttpExchange exchange, Failure failure) throws IOException {
        if (failure.status() == 429) {
            ObjectNode answer = JSON.createObjectNode();
            answer.put("ok", false);
            answer.put("error_code", 429);
            answer.put("description", "Too Many Requests: retry after " + failure.retryAfter());
            answer.putObject("parameters").put("retry_after", failure.retryAfter());
            reply(exchange, 429, answer.toString());
        } else {
            byte[] page = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(failure.status(), page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
