package com.leadwire.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.PaymentStatus;

class StripeEventsTests {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode node(String value) throws Exception {
        return json.readTree(value);
    }

    @Test
    void amountsInMinorUnitsBecomeDecimalsOfTheCurrency() throws Exception {
        assertThat(StripeEvents.amount(node("19990"), "brl")).isEqualByComparingTo("199.90");
        assertThat(StripeEvents.amount(node("500"), "jpy")).isEqualByComparingTo("500");
        assertThat(StripeEvents.amount(node("1230"), "kwd")).isEqualByComparingTo("1.230");
        assertThat(StripeEvents.amount(node("null"), "usd")).isNull();
    }

    @Test
    void aCheckoutSessionStandsForItsPaymentIntentAndAnUnpaidOneIsNew() throws Exception {
        var unpaid = StripeEvents.news("evt_1", "checkout.session.completed",
                node("{\"id\": \"cs_1\", \"payment_intent\": \"pi_1\", \"payment_status\": \"unpaid\", \"customer_details\": {\"email\": \"a@b.example\"}}"))
                .orElseThrow();
        var withoutIntent = StripeEvents.news("evt_2", "checkout.session.completed",
                node("{\"id\": \"cs_2\", \"payment_intent\": null, \"payment_status\": \"paid\"}")).orElseThrow();

        assertThat(unpaid.paymentId()).isEqualTo("pi_1");
        assertThat(unpaid.status()).isEqualTo(PaymentStatus.NEW);
        assertThat(unpaid.email()).isEqualTo("a@b.example");
        assertThat(withoutIntent.paymentId()).isEqualTo("cs_2");
        assertThat(withoutIntent.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void eachHandledTypeHasItsStatusAndOthersAreNotNews() throws Exception {
        JsonNode object = node("{\"id\": \"pi_1\", \"payment_intent\": \"pi_1\"}");

        assertThat(StripeEvents.news("e", "checkout.session.async_payment_failed", object).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(StripeEvents.news("e", "payment_intent.created", object).orElseThrow().status()).isEqualTo(PaymentStatus.NEW);
        assertThat(StripeEvents.news("e", "payment_intent.succeeded", object).orElseThrow().status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(StripeEvents.news("e", "payment_intent.payment_failed", object).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(StripeEvents.news("e", "checkout.session.expired", object).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(StripeEvents.news("e", "charge.refunded", object).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(StripeEvents.news("e", "invoice.paid", object)).isEmpty();
    }
}
