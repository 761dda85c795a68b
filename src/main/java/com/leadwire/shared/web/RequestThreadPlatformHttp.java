package com.leadwire.shared.web;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumer;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpConsumer;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the {@code platform-http} channel routes on the servlet request thread. Camel's own Spring
 * Boot consumer hands each request to a task executor and answers on an async redispatch, which
 * runs the whole filter chain (Spring Security, observations) and the DispatcherServlet a second
 * time: measured, about a sixth of the CPU of an intake request. The intake routes wait for their
 * batch to commit either way, so the extra thread bought nothing. The routes get the request body
 * as the bytes sent.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreadPlatformHttp {

    /** Replaces Camel's engine bean of the same name, which is created only when none exists. */
    @Bean("platform-http-engine")
    PlatformHttpEngine platformHttpEngine(@Value("${server.port:8080}") int port) {
        return new SpringBootPlatformHttpEngine(port) {
            @Override
            public PlatformHttpConsumer createConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
                // the body as the bytes sent: without it the Spring Boot binding reads it through a Reader, which
                // fails on bytes that are not UTF-8 (a 500 instead of the routes' 400), and signatures are over bytes
                endpoint.setUseStreaming(true);
                return new RequestThreadConsumer(endpoint, processor);
            }
        };
    }

    static final class RequestThreadConsumer extends SpringBootPlatformHttpConsumer {

        private static final Logger log = LoggerFactory.getLogger(RequestThreadConsumer.class);

        RequestThreadConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
            super(endpoint, processor);
        }

        /** Answers before returning; Spring MVC takes the null future as "handled", so nothing is dispatched again. */
        @Override
        public CompletableFuture<Void> service(HttpServletRequest request, HttpServletResponse response) {
            try {
                handleService(request, response);
            } catch (Exception failure) {
                // the routes turn their own failures into problem answers; this is a failure to write one
                log.warn("Request {} {} could not be answered: {}", request.getMethod(), request.getRequestURI(), failure.toString());
                sendServerError(response);
            }
            return null;
        }

        private static void sendServerError(HttpServletResponse response) {
            if (response.isCommitted()) {
                return;
            }
            try {
                response.sendError(500);
            } catch (IOException e) {
                log.debug("Client gone before the error answer: {}", e.toString());
            }
        }
    }
}
