package com.leadwire.automation.sequences;

import java.math.BigDecimal;
import java.util.Optional;

import com.leadwire.pipeline.DealView;

/** The discount a deal already carries: its field {@code discount}, a percentage such as "10", "12,5" or "15%". */
final class DealDiscount {

    static final String FIELD = "discount";

    private DealDiscount() {
    }

    static Optional<BigDecimal> of(DealView deal) {
        String text = deal.fields().get(FIELD);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String number = text.strip().replace("%", "").replace(',', '.').strip();
        try {
            BigDecimal percent = new BigDecimal(number);
            return percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0
                    ? Optional.of(percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros())
                    : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
