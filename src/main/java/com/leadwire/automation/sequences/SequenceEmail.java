package com.leadwire.automation.sequences;

import java.math.BigDecimal;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One e-mail of a sequence: the template (by name), sent {@code delay} (ISO-8601, e.g. PT1H) after
 * the previous e-mail (the first after the start), with an optional discount the template shows as
 * {@code {{sequence.discount}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SequenceEmail(String template, String delay, BigDecimal discountPercent) {

    public Duration delayDuration() {
        return Duration.parse(delay);
    }
}
