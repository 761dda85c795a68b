package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletContext;

/** Vaadin scans only the panel's package at start-up (PanelViews); no view of the app may fall outside it. */
@OnH2
class PanelViewsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private ServletContext servletContext;

    @Test
    void theRunningPanelRoutesEveryViewOfTheApp() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> views = scanner.findCandidateComponents("com.leadwire").stream()
                .map(candidate -> candidate.getBeanClassName())
                .collect(Collectors.toSet());

        Set<String> routed = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .map(Class::getName)
                .collect(Collectors.toSet());

        assertThat(views).isNotEmpty();
        assertThat(routed).isEqualTo(views);
    }

    @Test
    void vaadinsOwnErrorViewsAreStillFound() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));

        assertThat(registry.getErrorNavigationTarget(new NotFoundException())).isPresent();
        assertThat(registry.getErrorNavigationTarget(new IllegalStateException())).isPresent();
    }
}
