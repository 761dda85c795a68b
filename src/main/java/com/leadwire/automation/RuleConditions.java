package com.leadwire.automation;

import java.util.Locale;
import java.util.Map;

import com.leadwire.pipeline.DealCreated;

/**
 * When a rule applies: each set condition must hold (source key, pipeline and stage by name,
 * and deal field values, compared ignoring case and surrounding blanks). Nothing set = always.
 */
public record RuleConditions(String source, String pipeline, String stage, Map<String, String> fields) {

    public RuleConditions {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    boolean matches(DealCreated event) {
        var deal = event.deal();
        return same(source, deal.sourceKey()) && same(pipeline, deal.pipelineName()) && same(stage, deal.stageName())
                && fields.entrySet().stream().allMatch(field -> same(field.getValue(), deal.fields().get(field.getKey())));
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || (actual != null && normalised(wanted).equals(normalised(actual)));
    }

    private static String normalised(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
