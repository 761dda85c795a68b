import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the bench (the JDK's HTTP server on 127.0.0.1): answers every POST 200 at
 * once and writes one line per request to OUT_FILE while RECORDING_FLAG exists:
 * {@code <arrival epoch ms> <deal.createdAt epoch ms> <occurredAt epoch ms> <signature ok 1|0> <delivery id>}.
 * The signature is checked as a receiver would: HMAC-SHA256 of "t.body" with SECRET.
 *
 * <p>Run: {@code java bench/WebhookReceiver.java PORT SECRET OUT_FILE RECORDING_FLAG}
 */
public class WebhookReceiver {

    private static final Pattern CREATED = Pattern.compile("\"deal\":\\{\"id\":\\d+,.*?\"createdAt\":\"([^\"]+)\"");
    private static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(new FileWriter(args[2], StandardCharsets.UTF_8, true), true);
        Path recording = Path.of(args[3]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> handle(exchange, secret, out, recording));
        server.start();
        System.out.println("RECEIVER listening on " + port);
    }

    private static void handle(HttpExchange exchange, byte[] secret, PrintWriter out, Path recording) throws IOException {
        long arrived = System.currentTimeMillis();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        if (!Files.exists(recording)) {
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Leadwire-Signature");
        String delivery = exchange.getRequestHeaders().getFirst("X-Leadwire-Delivery");
        synchronized (out) {
            out.println(arrived + " " + millis(CREATED, body) + " " + millis(OCCURRED, body) + " " + (verified(secret, signature, body) ? 1 : 0)
                    + " " + delivery);
        }
    }

    private static long millis(Pattern pattern, String body) {
        Matcher found = pattern.matcher(body);
        return found.find() ? Instant.parse(found.group(1)).toEpochMilli() : -1;
    }

    private static boolean verified(byte[] secret, String signature, String body) {
        try {
            String[] parts = signature.split(",");
            String t = parts[0].substring(2);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return parts[1].equals("v1=" + expected);
        } catch (Exception e) {
            return false;
        }
    }
}
