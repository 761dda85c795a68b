package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person changes on a deal (the panel's edit form, {@code PATCH /api/v1/deals/{id}}): a part
 * left null stays as it is. {@code value} with a null amount clears the value; {@code fields} names
 * only the fields to change, a null or blank value removes that field.
 */
public record DealEdit(String title, Value value, List<String> products, Map<String, String> fields) {

    public record Value(BigDecimal amount, String currency) {
    }

    public DealEdit {
        products = products == null ? null : List.copyOf(products);
        // a null value means "remove the field", which Map.copyOf would refuse
        fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
    }
}
