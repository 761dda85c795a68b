package com.leadwire.automation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What to dry-run the rules against: an existing deal ({@code dealId}), or a sample event
 * ({@code trigger} with a sample {@code deal} and {@code contact}). {@code rule}: an unsaved rule
 * to try as well (the editor's), reported first.
 */
public record DryRunRequest(Long dealId, TriggerType trigger, SampleDeal deal, SampleContact contact, RuleDefinition rule) {

    /** A made-up deal; pipeline and stage by id. */
    public record SampleDeal(String title, Long pipelineId, Long stageId, String source, Map<String, String> fields, List<String> products,
                             BigDecimal value, Long responsibleId) {

        public SampleDeal {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
            products = products == null ? List.of() : List.copyOf(products);
        }
    }

    /** A made-up contact. */
    public record SampleContact(String email, String name, String country, String language) {
    }
}
