package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an intake event asks for the deal. Every part may be empty: placement fills pipeline,
 * stage and title from the source. {@code fields} are the deal's custom fields (platform,
 * type …) that placement rules and automation conditions read. {@code responsible} is a
 * team member's username or display name. With a {@code payment}, the event creates the deal
 * of that payment or moves it.
 */
public record DealRequest(String title, BigDecimal amount, String currency, List<String> products, Long pipelineId,
                          Long stageId, String responsible, Map<String, String> fields, PaymentUpdate payment) {

    public DealRequest {
        products = products == null ? List.of() : List.copyOf(products);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static DealRequest empty() {
        return new DealRequest(null, null, null, List.of(), null, null, null, Map.of(), null);
    }
}
