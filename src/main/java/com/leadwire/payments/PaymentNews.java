package com.leadwire.payments;

import java.math.BigDecimal;

import com.leadwire.pipeline.PaymentStatus;

/**
 * What one provider callback says, in Leadwire's terms: the provider's event id (the
 * idempotency key), the payment it is about and its status now, and the payer.
 */
record PaymentNews(String eventId, String paymentId, PaymentStatus status, String email, String name, BigDecimal amount,
                   String currency, String product) {
}
