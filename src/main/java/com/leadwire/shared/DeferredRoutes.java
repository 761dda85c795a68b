package com.leadwire.shared;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The routes that are background work (timers such as the outbox's) say {@code autoStartup:
 * false} in their YAML; they start here, once the app is ready, and stop first at shutdown.
 */
@Component
class DeferredRoutes implements BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(DeferredRoutes.class);

    private final CamelContext camel;
    private final List<String> started = new ArrayList<>();

    DeferredRoutes(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public synchronized void start() {
        for (Route route : camel.getRoutes()) {
            String id = route.getRouteId();
            if (camel.getRouteController().getRouteStatus(id) == ServiceStatus.Stopped) {
                startRoute(id);
                started.add(id);
            }
        }
    }

    @Override
    public synchronized void stop() {
        for (String id : started) {
            try {
                camel.getRouteController().stopRoute(id);
            } catch (Exception e) {
                log.warn("Route {} did not stop cleanly: {}", id, e.toString());
            }
        }
        started.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !started.isEmpty();
    }

    private void startRoute(String id) {
        try {
            camel.getRouteController().startRoute(id);
        } catch (Exception e) {
            throw new IllegalStateException("Route " + id + " could not be started", e);
        }
    }
}
