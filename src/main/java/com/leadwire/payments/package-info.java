/**
 * Payments: provider callbacks (Stripe, Mercado Pago, any provider with an HMAC-signed JSON
 * body) verified, mapped to a payment status and handed to intake as the payment's deal update.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contacts", "intake", "pipeline", "shared"})
package com.leadwire.payments;
