package com.leadwire.automation.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.LeadwireApplication;
import com.leadwire.testsupport.RecordingTimerHandler;

/**
 * A node crashes while it fires a timer, on the embedded default (H2 in files): the app is
 * started on a database folder of its own, its firing is held inside the handler, and the database
 * is then shut down the way a kill -9 leaves it ({@code SHUTDOWN IMMEDIATELY}: the files as they
 * are, the open transaction never committed). A second app on the same files finds the timer
 * pending and fires it once.
 */
class TimersRestartIntegrationTests {

    @Test
    void aTimerWhoseNodeCrashedMidFiringFiresOnceAfterTheRestart(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("leadwire") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;"
                + "NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        long rule = ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 1_000_000_000_000_000L);
        String key = "delay:rule-" + rule + ":deal-1:restart";
        CountDownLatch firing = new CountDownLatch(1);
        AtomicBoolean crashed = new AtomicBoolean();

        ConfigurableApplicationContext first = start(url);
        try {
            first.getBean(RecordingTimerHandler.class).onFiring(rule, timer -> {
                firing.countDown();
                await().atMost(Duration.ofSeconds(60)).untilTrue(crashed);
            });
            Timers timers = first.getBean(Timers.class);
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> timers.schedule(
                    new TimerRequest(rule, 1, null, TimerKind.DELAY, null, Instant.now(), Duration.ZERO, "restart test", key)));
            CompletableFuture<Integer> cutShort = CompletableFuture.supplyAsync(timers::fireDue);
            assertThat(firing.await(60, TimeUnit.SECONDS)).isTrue();
            try (Connection crash = DriverManager.getConnection(url, "sa", ""); Statement statement = crash.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            }
            crashed.set(true);
            cutShort.get(60, TimeUnit.SECONDS);
            assertThat(first.getBean(RecordingTimerHandler.class).firedOf(rule)).isEmpty();
        } finally {
            closeOnItsDeadDatabase(first);
        }

        try (ConfigurableApplicationContext second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT status FROM automation_timer WHERE timer_key = ?", String.class, key))
                    .isEqualTo("PENDING");
            Timers timers = second.getBean(Timers.class);
            timers.fireDue();
            timers.fireDue();

            assertThat(second.getBean(RecordingTimerHandler.class).firedOf(rule)).extracting(TimerView::key).containsExactly(key);
            assertThat(jdbc.queryForMap("SELECT status, attempts FROM automation_timer WHERE timer_key = ?", key))
                    .containsEntry("status", "FIRED").containsEntry("attempts", 1);
        }
    }

    private static void closeOnItsDeadDatabase(ConfigurableApplicationContext first) {
        try {
            first.close();
        } catch (RuntimeException stopping) {
            // beans that touch the database while stopping fail: it is gone, only its files matter now
        }
    }

    /** The whole app on the files at {@code url}, with its polling route stopped so that the test fires the timers. */
    private static ConfigurableApplicationContext start(String url) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(LeadwireApplication.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0");
        app.getBean(CamelContext.class).getRouteController().stopRoute(TimersContract.ROUTE);
        return app;
    }
}
