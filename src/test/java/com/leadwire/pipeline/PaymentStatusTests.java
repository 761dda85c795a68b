package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentStatusTests {

    @Test
    void laterStatusesMoveForwardButNeverBackFromAFinalOne() {
        assertThat(PaymentStatus.NEW.supersedes(null)).isTrue();
        assertThat(PaymentStatus.SUCCEEDED.supersedes(PaymentStatus.NEW)).isTrue();
        assertThat(PaymentStatus.SUCCEEDED.supersedes(PaymentStatus.FAILED)).isTrue();
        assertThat(PaymentStatus.REFUNDED.supersedes(PaymentStatus.SUCCEEDED)).isTrue();
        assertThat(PaymentStatus.NEW.supersedes(PaymentStatus.SUCCEEDED)).isFalse();
        assertThat(PaymentStatus.FAILED.supersedes(PaymentStatus.SUCCEEDED)).isFalse();
        assertThat(PaymentStatus.SUCCEEDED.supersedes(PaymentStatus.REFUNDED)).isFalse();
        assertThat(PaymentStatus.SUCCEEDED.supersedes(PaymentStatus.SUCCEEDED)).isFalse();
    }
}
