package com.leadwire.automation.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.leadwire.outbox.OutboxSender;

class HostPacingTests {

    private final HostPacing pacing = new HostPacing(new WebhookProperties(false, Duration.ofSeconds(5), 2, 3, Duration.ofMillis(250)));
    private final URI slow = URI.create("https://slow.example/hook");
    private final URI fast = URI.create("https://fast.example/hook");

    @Test
    void aFullHostSendsTheNextDeliveryToWaitWhileOtherHostsGoOn() {
        HostPacing.Permit first = pacing.enter(slow);
        pacing.enter(slow);

        assertThatThrownBy(() -> pacing.enter(URI.create("https://slow.example/other-path")))
                .isInstanceOfSatisfying(OutboxSender.RetryAfter.class, wait -> {
                    assertThat(wait.waitFor()).isEqualTo(Duration.ofMillis(250));
                    assertThat(wait.getMessage()).isEqualTo("2 deliveries to slow.example are in flight");
                });
        pacing.enter(fast).close();

        first.close();
        assertThat(pacing.enter(slow)).isNotNull();
    }

    @Test
    void anotherPortIsAnotherDestination() {
        pacing.enter(URI.create("http://127.0.0.1:8081/a"));
        pacing.enter(URI.create("http://127.0.0.1:8081/a"));

        assertThat(pacing.enter(URI.create("http://127.0.0.1:8082/a"))).isNotNull();
    }

    @Test
    void allWebhooksTogetherStayUnderTheirOwnCap() {
        pacing.enter(slow);
        pacing.enter(slow);
        HostPacing.Permit third = pacing.enter(fast);

        assertThatThrownBy(() -> pacing.enter(URI.create("https://third.example/x")))
                .isInstanceOf(OutboxSender.RetryAfter.class).hasMessage("3 webhook deliveries are in flight");
        third.close();
        assertThat(pacing.enter(URI.create("https://third.example/x"))).isNotNull();
        assertThatThrownBy(() -> pacing.enter(fast)).isInstanceOf(OutboxSender.RetryAfter.class);
    }
}
