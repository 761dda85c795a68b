package com.leadwire.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/leadwire-*.jar}, built by {@code package} before failsafe runs)
 * as a child process, started as an operator would: {@code java -jar} in a folder of its own.
 */
public final class PackagedApp {

    public static final String API_KEY = "packaged-api-key-0123456789";
    /** Quick to start and small: the checks need a working app, not a tuned one. */
    private static final List<String> JVM_FLAGS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static Path jar() {
        return Path.of(System.getProperty("leadwire.jar", "target/leadwire-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    }

    /** Starts the jar in {@code folder} with these extra arguments; its output goes to a log file there. */
    public static PackagedApp start(Path folder, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port,
                "--management.endpoint.health.show-details=always"));
        command.addAll(List.of(arguments));
        Path log = folder.resolve("leadwire-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("LEADWIRE_") || name.startsWith("SPRING_"));
        environment.put("LEADWIRE_API_KEY", API_KEY);
        try {
            return new PackagedApp(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Http http() {
        return new Http(baseUrl());
    }

    public Http api() {
        return http().header("X-Api-Key", API_KEY);
    }

    /** Waits until readiness answers UP (the channel routes are started), failing at once if the process ends. */
    public PackagedApp awaitReady() {
        await("the packaged app to be ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the app ended with " + process.exitValue() + " before it was ready:\n" + tail());
                    }
                    return readinessAnswer() == 200;
                });
        return this;
    }

    private int readinessAnswer() {
        try {
            return http().get("/actuator/health/readiness").statusCode();
        } catch (UncheckedIOException notListeningYet) {
            return -1;
        }
    }

    public HttpResponse<String> readiness() {
        return http().get("/actuator/health/readiness");
    }

    /** The exit status, once the process ended by itself. */
    public int awaitExit(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the app was still running after " + atMost + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** SIGTERM, as a supervisor stops it; the exit status. */
    public int stop() {
        process.destroy();
        return awaitExit(Duration.ofMinutes(1));
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public void kill9() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        List<String> lines = logLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
