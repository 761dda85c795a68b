package com.leadwire.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A customer's web site for browser tests: one HTML page on its own localhost port, so what it
 * embeds from the app is cross-origin, as on a real site. Close it after the test.
 */
public final class TestPage implements AutoCloseable {

    private final HttpServer server;
    private volatile byte[] page = new byte[0];

    private TestPage() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] html = page;
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
    }

    /** Starts the site; {@link #show(String)} sets its page (the origin is known before the page is written). */
    public static TestPage start() {
        return new TestPage();
    }

    public static TestPage serving(String html) {
        return start().show(html);
    }

    public TestPage show(String html) {
        page = html.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** The page's origin, e.g. http://127.0.0.1:40123 */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url() {
        return origin() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
