package com.leadwire.api;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness means the channel routes are up: Tomcat answers before Camel has registered its
 * HTTP routes, and meanwhile those paths would not reach intake.
 */
@Component("camelRoutes")
class CamelRoutesHealthIndicator extends AbstractHealthIndicator {

    private final CamelContext camel;

    CamelRoutesHealthIndicator(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long started = camel.getRoutes().stream()
                .filter(route -> camel.getRouteController().getRouteStatus(route.getRouteId()) == ServiceStatus.Started)
                .count();
        health.withDetail("routes", camel.getRoutes().size()).withDetail("started", started);
        if (camel.isStarted() && started > 0 && started == camel.getRoutes().size()) {
            health.up();
        } else {
            health.outOfService();
        }
    }
}
