package com.leadwire.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class SecretMaskingTests {

    private final SecretMasking masking = new SecretMasking(new ObjectMapper());

    @Test
    void jsonSecretsAreMaskedAtAnyDepthAndTheRestIsKept() throws Exception {
        String masked = masking.masked("""
                {"email": "ana@example.com", "apiKey": "k-123", "auth": {"access_token": "t-456", "user": "ana"},
                 "payment_method_details": {"card": {"number": "4242424242424242", "cvc": "123", "last4": "4242"}},
                 "items": [{"password": "hunter2", "sku": "PLANO-A"}], "signature": null, "company": "Loja", "shipping": "SP"}""");

        var tree = new ObjectMapper().readTree(masked);
        assertThat(tree.at("/email").asText()).isEqualTo("ana@example.com");
        assertThat(tree.at("/apiKey").asText()).isEqualTo(SecretMasking.MASK);
        assertThat(tree.at("/auth").asText()).isEqualTo(SecretMasking.MASK);
        assertThat(tree.at("/payment_method_details/card").asText()).isEqualTo(SecretMasking.MASK);
        assertThat(tree.at("/items/0/password").asText()).isEqualTo(SecretMasking.MASK);
        assertThat(tree.at("/items/0/sku").asText()).isEqualTo("PLANO-A");
        assertThat(tree.at("/signature").isNull()).isTrue();
        assertThat(tree.at("/company").asText()).isEqualTo("Loja");
        assertThat(tree.at("/shipping").asText()).isEqualTo("SP");
        assertThat(masked).doesNotContain("k-123", "t-456", "4242424242424242", "hunter2");
    }

    @Test
    void urlencodedSecretsAreMaskedByTheirDecodedName() {
        assertThat(masking.masked("email=ana%40example.com&senha=x&pass%77ord=hunter2&card_number=4111111111111111&X-Api-Key=abc"))
                .isEqualTo("email=ana%40example.com&senha=x&pass%77ord=••••••&card_number=••••••&X-Api-Key=••••••");
    }

    @Test
    void keyValueTextHasItsSecretsMaskedToo() {
        assertThat(masking.masked("Stripe-Signature: t=1,v1=abc\nname=Ana token=\"s3cr3t\" cvv: 123"))
                .isEqualTo("Stripe-Signature: ••••••\nname=Ana token=•••••• cvv: ••••••");
    }

    @Test
    void keysAreRecognisedInAnySpelling() {
        assertThat(SecretMasking.isSecret("apiKey")).isTrue();
        assertThat(SecretMasking.isSecret("API_KEY")).isTrue();
        assertThat(SecretMasking.isSecret("x-signature")).isTrue();
        assertThat(SecretMasking.isSecret("cardNumber")).isTrue();
        assertThat(SecretMasking.isSecret("card")).isTrue();
        assertThat(SecretMasking.isSecret("client_secret")).isTrue();
        assertThat(SecretMasking.isSecret("idempotencyKey")).isFalse();
        assertThat(SecretMasking.isSecret("cardholderName")).isFalse();
        assertThat(SecretMasking.isSecret("spinner")).isFalse();
        assertThat(SecretMasking.isSecret("email")).isFalse();
    }

    @Test
    void nothingToMaskIsReturnedAsItCame() {
        assertThat(masking.masked(null)).isNull();
        assertThat(masking.masked("plain words, no pairs")).isEqualTo("plain words, no pairs");
        assertThat(masking.masked("{not json")).isEqualTo("{not json");
    }
}
