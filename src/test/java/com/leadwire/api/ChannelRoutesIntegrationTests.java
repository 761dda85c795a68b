package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.RouteFiles;

/** The YAML routes in routes/ are loaded and started, and readiness reports them. */
@OnH2
class ChannelRoutesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    CamelContext camel;

    @Test
    void everyYamlRouteIsStarted() {
        assertThat(RouteFiles.declaredRouteIds()).contains("api-create-deal", "outbox-delivery");
        assertThat(camel.getRoutes()).extracting(route -> route.getRouteId()).containsAll(RouteFiles.declaredRouteIds());
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
