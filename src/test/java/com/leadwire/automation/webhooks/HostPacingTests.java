package com.leadwire.automation.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.leadwire.outbox.OutboxSender;

class HostPacingTests {

    private final HostPacing pacing = new HostPacing(new WebhookProperties(false, Duration.ofSeconds(5), 2, 3, Duration.ofMillis(250),
            Duration.ofSeconds(10)));
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
    void aDeliveryOverTheCapOfADestinationThatAnswersQuicklyWaitsOnItsThreadForThePlaceFreedNext() throws Exception {
        HostPacing.Permit answered = pacing.enter(fast);
        pacing.enter(fast);
        answered.close();
        HostPacing.Permit second = pacing.enter(fast);
        CompletableFuture<HostPacing.Permit> waiting = CompletableFuture.supplyAsync(() -> pacing.enter(fast));

        second.close();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aDeliveryOverTheCapOfADestinationThatHasNotAnsweredLatelyDoesNotWait() {
        pacing.enter(slow);
        pacing.enter(slow);
        long started = System.nanoTime();

        assertThatThrownBy(() -> pacing.enter(slow)).isInstanceOf(OutboxSender.RetryAfter.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDeliveryOverTheCapWaitsAsLongAsTheOldestRequestInFlightHasUpToTheTimeout() {
        AtomicLong nanos = new AtomicLong();
        HostPacing clocked = new HostPacing(new WebhookProperties(false, Duration.ofSeconds(5), 2, 8, Duration.ofMillis(100),
                Duration.ofMillis(50)), nanos::get);
        clocked.enter(slow);
        nanos.set(Duration.ofMillis(1000).toNanos());
        clocked.enter(slow);
        assertThatThrownBy(() -> clocked.enter(slow))
                .isInstanceOfSatisfying(OutboxSender.RetryAfter.class, wait -> assertThat(wait.waitFor()).isEqualTo(Duration.ofMillis(1000)));

        nanos.set(Duration.ofMillis(1500).toNanos());
        assertThatThrownBy(() -> clocked.enter(slow))
                .isInstanceOfSatisfying(OutboxSender.RetryAfter.class, wait -> assertThat(wait.waitFor()).isEqualTo(Duration.ofMillis(1500)));
        nanos.set(Duration.ofSeconds(60).toNanos());
        assertThatThrownBy(() -> clocked.enter(slow))
                .isInstanceOfSatisfying(OutboxSender.RetryAfter.class, wait -> assertThat(wait.waitFor()).isEqualTo(Duration.ofSeconds(5)));
    }

    @Test
    void aDeliveryOverTheCapOfADestinationWhoseRequestsHaveJustStartedWaitsOnlyThePacingWait() {
        AtomicLong nanos = new AtomicLong();
        HostPacing clocked = new HostPacing(new WebhookProperties(false, Duration.ofSeconds(5), 1, 8, Duration.ofMillis(100),
                Duration.ofMillis(50)), nanos::get);
        clocked.enter(fast);
        nanos.set(Duration.ofMillis(30).toNanos());

        assertThatThrownBy(() -> clocked.enter(fast))
                .isInstanceOfSatisfying(OutboxSender.RetryAfter.class, wait -> assertThat(wait.waitFor()).isEqualTo(Duration.ofMillis(100)));
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
