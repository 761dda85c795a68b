package com.leadwire.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.leadwire.pipeline.PaymentStatus;

class MercadoPagoStatusTests {

    @Test
    void aPendingPaymentCancelledBecauseItRanOutIsExpiredAndOtherCancellationsFailed() {
        assertThat(MercadoPagoCallbacks.status("cancelled", "expired")).contains(PaymentStatus.EXPIRED);
        assertThat(MercadoPagoCallbacks.status("cancelled", "by_collector")).contains(PaymentStatus.FAILED);
        assertThat(MercadoPagoCallbacks.status("rejected", "cc_rejected_insufficient_amount")).contains(PaymentStatus.FAILED);
        assertThat(MercadoPagoCallbacks.status("approved", "accredited")).contains(PaymentStatus.SUCCEEDED);
        assertThat(MercadoPagoCallbacks.status("pending", "pending_waiting_payment")).contains(PaymentStatus.NEW);
        assertThat(MercadoPagoCallbacks.status("in_mediation", null)).isEmpty();
    }
}
