package com.leadwire.payments;

import java.util.Optional;

/**
 * Mercado Pago's payments, read from their API: a notification carries only a payment id.
 * Empty when Mercado Pago does not know the payment; throws UpstreamUnavailableException when it
 * cannot be asked now (so the notification is answered 503 and Mercado Pago sends it again).
 */
interface MercadoPagoPayments {

    Optional<MercadoPagoPayment> find(String paymentId);
}
