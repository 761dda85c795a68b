package com.leadwire.admin;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** A deal's value as sales people read it: in its currency, in the reader's number format. */
public final class DealValues {

    private DealValues() {
    }

    public static String format(BigDecimal amount, String currency, Locale locale, String whenNone) {
        if (amount == null) {
            return whenNone;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            format.setCurrency(Currency.getInstance(currency));
        }
        return format.format(amount);
    }
}
