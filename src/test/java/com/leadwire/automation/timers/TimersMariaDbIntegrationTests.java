package com.leadwire.automation.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.leadwire.testsupport.OnMariaDb;

@OnMariaDb
class TimersMariaDbIntegrationTests extends TimersContract {

    /**
     * What a node's kill -9 does to its firing on the database: the connection goes, MariaDB rolls
     * its transaction back (the FIRED mark and the handler's work) and frees the timer's lock.
     */
    @Test
    void aFiringWhoseConnectionDiesMidwayLeavesTheTimerDueAndItFiresOnceLater() throws Exception {
        long rule = unusedId();
        TimerRequest request = delay(rule, unusedId(), Duration.ZERO);
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicLong connection = new AtomicLong();
        CountDownLatch firing = new CountDownLatch(1);
        CountDownLatch cutOff = new CountDownLatch(1);
        handler.onFiring(rule, timer -> {
            if (first.getAndSet(false)) {
                connection.set(jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class));
                firing.countDown();
                await().atMost(Duration.ofSeconds(30)).until(() -> cutOff.getCount() == 0);
            }
        });
        inTransaction(() -> timers.schedule(request));

        CompletableFuture<Integer> dying = CompletableFuture.supplyAsync(timers::fireDue);
        assertThat(firing.await(30, TimeUnit.SECONDS)).isTrue();
        jdbc.execute("KILL CONNECTION " + connection.get());
        cutOff.countDown();
        dying.get(30, TimeUnit.SECONDS);

        assertThat(handler.firedOf(rule)).isEmpty();
        assertThat(status(request.key())).isEqualTo("PENDING");
        clock.advance(properties.maxRetryDelay());
        timers.fireDue();
        timers.fireDue();
        assertThat(firedKeys(rule)).containsExactly(request.key());
        assertThat(status(request.key())).isEqualTo("FIRED");
    }
}
