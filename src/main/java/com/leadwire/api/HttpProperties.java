package com.leadwire.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * @param maxBodyBytes       the largest request body on /api/** and /embed/**
 * @param largeBodyPaths     path prefixes exempt from that limit (uploads such as CSV imports)
 */
@Validated
@ConfigurationProperties("leadwire.http")
record HttpProperties(@Min(1024) long maxBodyBytes, List<String> largeBodyPaths) {

    HttpProperties {
        largeBodyPaths = largeBodyPaths == null ? List.of() : List.copyOf(largeBodyPaths);
    }
}
