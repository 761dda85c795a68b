package com.leadwire.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param initialKey the first API key (from LEADWIRE_API_KEY); stored hashed at start */
@ConfigurationProperties("leadwire.api")
record ApiProperties(String initialKey) {
}
