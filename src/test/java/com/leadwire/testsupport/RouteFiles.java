package com.leadwire.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The channel routes as the checkout's top-level {@code routes/} folder declares them. */
public final class RouteFiles {

    private static final Pattern ROUTE_ID = Pattern.compile("(?m)^- route:\\s*\\n\\s+id:\\s*(\\S+)");

    private RouteFiles() {
    }

    /** The ids of the routes in routes/*.yaml (a route's id is the first key under "- route:"). */
    public static List<String> declaredRouteIds() {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                Matcher route = ROUTE_ID.matcher(Files.readString(file));
                while (route.find()) {
                    ids.add(route.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
