package com.leadwire.payments;

import java.math.BigDecimal;

/** The body any provider without an adapter of its own posts to {@code /api/v1/payments/generic/{providerKey}}. */
record GenericPaymentEvent(String eventId, String paymentId, String status, String email, String name, BigDecimal amount,
                           String currency, String product) {
}
