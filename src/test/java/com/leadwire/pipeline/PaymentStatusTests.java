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

    @Test
    void anExpiredCheckoutRanksBetweenNewAndFailed() {
        assertThat(PaymentStatus.EXPIRED.supersedes(PaymentStatus.NEW)).isTrue();
        assertThat(PaymentStatus.FAILED.supersedes(PaymentStatus.EXPIRED)).isTrue();
        assertThat(PaymentStatus.SUCCEEDED.supersedes(PaymentStatus.EXPIRED)).isTrue();
        assertThat(PaymentStatus.NEW.supersedes(PaymentStatus.EXPIRED)).as("a late 'created' does not undo it").isFalse();
        assertThat(PaymentStatus.EXPIRED.supersedes(PaymentStatus.FAILED)).isFalse();
        assertThat(PaymentStatus.EXPIRED.supersedes(PaymentStatus.SUCCEEDED)).isFalse();
        assertThat(PaymentStatus.EXPIRED.inProgress()).as("not settled: a stage mapped to it may not be final for it").isTrue();
    }
}
