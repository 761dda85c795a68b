package com.leadwire.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadwire.shared.SignatureRejectedException;

/**
 * A signature header of comma-separated {@code name=value} items, as Stripe ({@code t=…,v1=…,v1=…})
 * and Mercado Pago ({@code ts=…,v1=…}) send it; a name may repeat, items without '=' are skipped.
 */
final class SignatureHeader {

    private final String name;
    private final Map<String, List<String>> items;

    private SignatureHeader(String name, Map<String, List<String>> items) {
        this.name = name;
        this.items = items;
    }

    static SignatureHeader parse(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new SignatureRejectedException("the " + name + " header is missing");
        }
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (String item : value.split(",")) {
            String[] pair = item.split("=", 2);
            if (pair.length == 2 && !pair[1].isBlank()) {
                items.computeIfAbsent(pair[0].strip(), key -> new ArrayList<>()).add(pair[1].strip());
            }
        }
        return new SignatureHeader(name, items);
    }

    /** The item's (first) value; a missing one rejects the signature. */
    String required(String item) {
        List<String> values = items.get(item);
        if (values == null) {
            throw new SignatureRejectedException(name + " has no " + item);
        }
        return values.get(0);
    }

    /**
     * Rejects a signature whose signed time (the item, in Unix seconds, or in milliseconds when it has
     * 13 digits or more: Mercado Pago's notifications carry either) lies further than the tolerance
     * from now, either way, so a captured request cannot be replayed later.
     */
    void requireWithin(String item, Instant now, Duration tolerance) {
        String value = required(item);
        if (!value.matches("\\d{1,18}")) {
            throw new SignatureRejectedException(name + " has an unreadable " + item);
        }
        long number = Long.parseLong(value);
        Duration off = value.length() >= 13 ? Duration.ofMillis(Math.abs(now.toEpochMilli() - number))
                : Duration.ofSeconds(Math.abs(now.getEpochSecond() - number));
        if (off.compareTo(tolerance) > 0) {
            throw new SignatureRejectedException(name + " timestamp (" + item + ") is more than " + tolerance.toSeconds() + " s from now");
        }
    }

    /** Every value of the item (several signatures during a secret rotation); none rejects the signature. */
    List<String> all(String item) {
        required(item);
        return items.get(item);
    }
}
