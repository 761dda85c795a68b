package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;

/** The YAML routes in routes/ are loaded and started, and readiness reports them. */
@OnH2
class ChannelRoutesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    CamelContext camel;

    /** The ids of the routes declared in routes/*.yaml (a route's id is the first key under "- route:"). */
    private static List<String> declaredRouteIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                Matcher route = Pattern.compile("(?m)^- route:\\s*\\n\\s+id:\\s*(\\S+)").matcher(Files.readString(file));
                while (route.find()) {
                    ids.add(route.group(1));
                }
            }
        }
        return ids;
    }

    @Test
    void everyYamlRouteIsStarted() throws IOException {
        assertThat(declaredRouteIds()).contains("api-create-deal", "outbox-delivery");
        assertThat(camel.getRoutes()).extracting(route -> route.getRouteId()).containsAll(declaredRouteIds());
        assertThat(camel.getRoutes()).allSatisfy(route ->
                assertThat(camel.getRouteController().getRouteStatus(route.getRouteId())).isEqualTo(ServiceStatus.Started));
    }

    @Test
    void readinessIsUpOnlyWithTheRoutes() {
        var readiness = new Http(baseUrl()).get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }
}
