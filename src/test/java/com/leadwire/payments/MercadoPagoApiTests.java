package com.leadwire.payments;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.UpstreamUnavailableException;

/** Mercado Pago's API that cannot be reached at all is "unavailable", so the notification is answered 503 and retried. */
class MercadoPagoApiTests {

    @Test
    void anUnreachableApiIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PaymentsProperties properties = new PaymentsProperties(Map.of(), new PaymentsProperties.Stripe("stripe", Duration.ofMinutes(5)),
                new PaymentsProperties.MercadoPago("mercadopago", URI.create("http://127.0.0.1:" + closedPort), "token",
                        Duration.ofSeconds(2), Duration.ofMinutes(15)));
        MercadoPagoApi api = new MercadoPagoApi(properties, RestClient.builder(), new ObjectMapper());

        assertThatThrownBy(() -> api.find("123")).isInstanceOf(UpstreamUnavailableException.class)
                .hasMessageContaining("cannot be reached");
    }
}
