package com.leadwire.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Mercado Pago's payments API at its wire protocol, for the whole test JVM:
 * {@code GET /v1/payments/{id}} with {@code Authorization: Bearer <access token>} answers the
 * payment a test put here, 404 for an unknown one, or the failure status a test asked for.
 */
public final class StubMercadoPago {

    public static final String ACCESS_TOKEN = "TEST-mp-access-token";

    private static final Map<String, String> PAYMENTS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();
    private static final HttpServer SERVER = start();

    private StubMercadoPago() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    public static void payment(String id, String status, String email, String amount, String currency, String description) {
        FAILURES.remove(id);
        PAYMENTS.put(id, """
                {"id": %s, "status": "%s", "status_detail": "accredited", "transaction_amount": %s, "currency_id": "%s",
                 "description": "%s", "payer": {"id": "123", "email": "%s", "first_name": "Joana", "last_name": "Prado"},
                 "date_created": "2026-12-01T10:04:58.000-04:00", "live_mode": false}"""
                .formatted(id, status, amount, currency, description, email));
    }

    /** Payment {@code id} answers {@code status} (e.g. 503) until it is set with {@link #payment}. */
    public static void failing(String id, int status) {
        FAILURES.put(id, status);
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/payments/", StubMercadoPago::answer);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/v1/payments/".length());
        if (!("Bearer " + ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"message\":\"invalid access token\",\"error\":\"unauthorized\",\"status\":401}");
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "{}");
        } else if (FAILURES.containsKey(id)) {
            send(exchange, FAILURES.get(id), "{\"message\":\"internal error\",\"status\":" + FAILURES.get(id) + "}");
        } else if (PAYMENTS.containsKey(id)) {
            send(exchange, 200, PAYMENTS.get(id));
        } else {
            send(exchange, 404, "{\"message\":\"Payment not found\",\"error\":\"not_found\",\"status\":404}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
