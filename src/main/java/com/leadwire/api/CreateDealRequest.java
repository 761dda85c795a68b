package com.leadwire.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON body of {@code POST /api/v1/deals}. */
record CreateDealRequest(String source, Contact contact, Deal deal) {

    record Contact(String email, String name, String phone, String country, String language, Map<String, String> fields) {
    }

    record Deal(String title, BigDecimal amount, String currency, List<String> products, Long pipelineId, Long stageId,
                String responsible, Map<String, String> fields) {
    }
}
