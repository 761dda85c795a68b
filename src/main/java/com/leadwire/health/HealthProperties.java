package com.leadwire.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param backlogAge        an unsent outbox message older than this is a warning
 * @param rejectionsWindow  a payment callback refused for its signature within this is a warning
 * @param telegramSilence   a polling bot whose last successful Bot API call is older than this is a warning
 */
@Validated
@ConfigurationProperties("leadwire.health")
record HealthProperties(@DefaultValue("5m") Duration backlogAge, @DefaultValue("24h") Duration rejectionsWindow,
                        @DefaultValue("2m") Duration telegramSilence) {
}
