package com.leadwire.payments;

import java.math.BigDecimal;

/** A payment as Mercado Pago's API gives it ({@code GET /v1/payments/{id}}), the fields Leadwire reads. */
record MercadoPagoPayment(String id, String status, String statusDetail, String payerEmail, String payerName, BigDecimal amount,
                          String currency, String description) {
}
