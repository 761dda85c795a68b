package com.leadwire.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param enabled load the demo flow into a database that has no pipeline yet */
@ConfigurationProperties("leadwire.demo")
record DemoProperties(boolean enabled) {
}
