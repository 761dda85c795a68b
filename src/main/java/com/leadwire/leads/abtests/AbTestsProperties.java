package com.leadwire.leads.abtests;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param minimumLeads the leads each compared variant needs before a difference is called significant,
 *                     and before a variant's conversion rate can meet a target conversion
 * @param checkDelay   how long after leads enter or convert the test's targets are checked (one check
 *                     for all that happened in that time)
 */
@Validated
@ConfigurationProperties("leadwire.leads.ab-tests")
public record AbTestsProperties(@Min(1) @Max(100000) int minimumLeads, @NotNull Duration checkDelay) {
}
