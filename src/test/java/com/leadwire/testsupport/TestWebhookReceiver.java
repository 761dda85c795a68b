package com.leadwire.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 (the JDK's HTTP server): records every POST with its headers
 * and arrival time, answers the statuses it is told (then 200), and can hold its answers until
 * released, like a receiver that has stopped answering. It can stop and start again on its port.
 */
public final class TestWebhookReceiver implements AutoCloseable {

    /** A request as it arrived; header names in lower case. */
    public record Received(Map<String, String> headers, String body, Instant at) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile int port;
    private HttpServer server;

    private TestWebhookReceiver() {
    }

    public static TestWebhookReceiver started() {
        TestWebhookReceiver receiver = new TestWebhookReceiver();
        receiver.listen(0);
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/leadwire";
    }

    /** The next answers, in order; 200 after them. */
    public synchronized void answer(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    /** Answers nothing until {@link #release()} (the sender's timeout ends its wait first). */
    public void hold() {
        held = new CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body holds the text (a test's own deal among everyone's). */
    public List<Received> receivedAbout(String text) {
        return received.stream().filter(request -> request.body().contains(text)).toList();
    }

    /** Stops listening: a sender's connections are refused until {@link #restart()}. */
    public void stop() {
        server.stop(0);
    }

    public void restart() {
        listen(port);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        } catch (IOException e) {
            throw new IllegalStateException("the test webhook receiver cannot listen on port " + onPort, e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                    header -> header.getKey().toLowerCase(Locale.ROOT), header -> header.getValue().get(0), (a, b) -> a)),
                    body, Instant.now()));
            held.await(30, TimeUnit.SECONDS);
            int status = nextAnswer();
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized int nextAnswer() {
        Integer next = answers.poll();
        return next == null ? 200 : next;
    }
}
