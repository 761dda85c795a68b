package com.leadwire.api;

import org.apache.coyote.ContinueResponseTiming;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests refused before a route or controller reads them still get a problem the client can read:
 * <ul>
 * <li>Spring Security's firewall refuses encoded {@code ;}, {@code /}, {@code %} and the like
 * anywhere in a path (a key such as {@code a;b}): a 400 problem, where by default it ended in the
 * panel's redirect to its login. Tomcat passes an encoded {@code /} on to that firewall instead of
 * answering with its own HTML page.</li>
 * <li>A body refused by its Content-Length (an upload over the multipart limit) is refused before
 * the client sends it, when the client asked {@code Expect: 100-continue} (curl does for large
 * bodies): Tomcat says "continue" only once the app reads the body, not as soon as the headers arrive.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequests {

    @Bean
    RequestRejectedHandler problemForRefusedUrls(ObjectMapper json) {
        return (request, response, rejected) -> ProblemWriter.write(response, json, Problem.detail(400, "Bad request",
                "The URL holds characters that are refused, such as an encoded '/' or ';'."));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusalsBeforeTheBody() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http11) {
                http11.setContinueResponseTiming(ContinueResponseTiming.ON_REQUEST_BODY_READ.toString());
            }
        });
    }
}
