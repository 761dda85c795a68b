package com.leadwire.api;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A request under {@code /api/} or {@code /embed/} that nothing serves answers 404 problem+json.
 * Without this, Vaadin's panel, mapped at the root, answers it with its login redirect or page, and
 * a client that mistyped a path believes it succeeded.
 * <p>
 * This is the DispatcherServlet's last mapping before the panel's: it is asked only when the Camel
 * routes' and the controllers' mappings found nothing, so a request they serve (the intake's hot
 * path) never reaches it. A path they serve with another method they refuse themselves: 405 with
 * {@code Allow} ({@link ApiProblemAdvice}).
 * <p>
 * Until the app is ready, Tomcat answers before the channel routes are registered, and a route's
 * path is unknown for a moment: then the answer is 503 with {@code Retry-After}, so the caller
 * sends again instead of believing the path is wrong.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    /** Before Vaadin's root mapping and the static resources (both {@code LOWEST_PRECEDENCE - 1}). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 2;
    private static final String RETRY_AFTER_SECONDS = "1";

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(ApplicationAvailability availability, ObjectMapper json,
                                                  @Value("${springdoc.api-docs.path:/v3/api-docs}") String apiDocs) {
        HttpRequestHandler answer = (request, response) -> {
            if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                ProblemWriter.write(response, json, Problem.detail(503, "Service unavailable",
                        "Leadwire is starting or stopping; retry shortly."));
                return;
            }
            ProblemWriter.write(response, json, Problem.detail(404, "Not found", "Nothing answers " + request.getMethod() + " "
                    + request.getRequestURI() + "; the API is described at " + apiDocs + "."));
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", answer, "/embed/**", answer), ORDER);
    }
}
