package com.leadwire.payments;

import static com.leadwire.payments.PaymentCallbacks.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.UpstreamUnavailableException;

/** {@link MercadoPagoPayments} over HTTP: {@code GET <api-base-url>/v1/payments/{id}} with the access token. */
@Component
class MercadoPagoApi implements MercadoPagoPayments {

    private static final Logger log = LoggerFactory.getLogger(MercadoPagoApi.class);

    private final RestClient client;
    private final ObjectMapper json;
    private final boolean tokenConfigured;

    MercadoPagoApi(PaymentsProperties properties, RestClient.Builder builder, ObjectMapper json) {
        PaymentsProperties.MercadoPago config = properties.mercadopago();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(config.apiTimeout()).build());
        requests.setReadTimeout(config.apiTimeout());
        this.tokenConfigured = config.accessToken() != null && !config.accessToken().isBlank();
        this.client = builder.clone()
                .baseUrl(config.apiBaseUrl().toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + (tokenConfigured ? config.accessToken() : ""))
                .build();
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportMissingToken() {
        if (!tokenConfigured) {
            log.warn("No Mercado Pago access token (LEADWIRE_MERCADOPAGO_ACCESS_TOKEN): payment notifications are answered 503");
        }
    }

    @Override
    public Optional<MercadoPagoPayment> find(String paymentId) {
        if (!tokenConfigured) {
            throw new UpstreamUnavailableException("no Mercado Pago access token is configured (leadwire.payments.mercadopago.access-token)");
        }
        try {
            return client.get().uri("/v1/payments/{id}", paymentId).accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().value() == 404) {
                            return Optional.empty();
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new UpstreamUnavailableException("Mercado Pago answered " + response.getStatusCode().value()
                                    + " for payment " + paymentId);
                        }
                        return Optional.of(payment(json.readTree(response.getBody())));
                    });
        } catch (ResourceAccessException e) {
            throw new UpstreamUnavailableException("Mercado Pago cannot be reached: " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    private static MercadoPagoPayment payment(JsonNode payment) throws IOException {
        JsonNode payer = payment.path("payer");
        String name = String.join(" ", Stream.of(text(payer.path("first_name")), text(payer.path("last_name")))
                .filter(Objects::nonNull).toList());
        JsonNode amount = payment.path("transaction_amount");
        return new MercadoPagoPayment(text(payment.path("id")), text(payment.path("status")), text(payment.path("status_detail")),
                text(payer.path("email")), name.isBlank() ? null : name, amount.isNumber() ? new BigDecimal(amount.asText()) : null,
                text(payment.path("currency_id")), text(payment.path("description")));
    }
}
