package com.leadwire.payments;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * @param secrets      signing secrets by payment source key, on top of the source's own secret and
 *                     its settings' {@code previousSecrets}; several (comma-separated) during a rotation
 * @param stripe       the Stripe endpoint
 * @param mercadopago  the Mercado Pago endpoint and the API it reads payments from
 */
@Validated
@ConfigurationProperties("leadwire.payments")
record PaymentsProperties(Map<String, List<String>> secrets, @Valid @NotNull Stripe stripe,
                          @Valid @NotNull MercadoPago mercadopago) {

    PaymentsProperties {
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }

    List<String> configuredSecrets(String sourceKey) {
        return secrets.getOrDefault(sourceKey, List.of()).stream().filter(secret -> !secret.isBlank()).toList();
    }

    /**
     * @param sourceKey the payment source whose pipeline, stage and secrets Stripe events use
     * @param tolerance how far the signed timestamp may be from now, either way (replay window)
     */
    record Stripe(@NotBlank String sourceKey, @NotNull Duration tolerance) {
    }

    /**
     * @param sourceKey   the payment source whose pipeline, stage and secrets notifications use
     * @param apiBaseUrl  where payments are read ({@code GET /v1/payments/{id}})
     * @param accessToken the application's access token for that API
     * @param apiTimeout  connect and read timeout of that API
     * @param tolerance   how far x-signature's ts may be from now, either way (replay window)
     */
    record MercadoPago(@NotBlank String sourceKey, @NotNull URI apiBaseUrl, String accessToken,
                       @NotNull Duration apiTimeout, @NotNull Duration tolerance) {
    }
}
