package com.leadwire.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled    load the demo flow into a database that has no pipeline yet
 * @param leadGroups switch the default lead groups on with their demo sequences (off in the tests, whose
 *                   failed payments and checkouts are their own)
 */
@ConfigurationProperties("leadwire.demo")
record DemoProperties(boolean enabled, @DefaultValue("true") boolean leadGroups) {
}
