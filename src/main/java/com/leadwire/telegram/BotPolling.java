package com.leadwire.telegram;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.BackgroundWork;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Long polling with TelegramBots' {@link BotSession}, on the one node that holds the polling
 * lease. The lease is renewed every third of its length; when it is lost the session stops, and
 * another node (or this one, later) takes over. Updates are handled on one thread, one after
 * the other, so each prospect's steps stay in order.
 */
@Component
@ConditionalOnBot
class BotPolling implements BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BotPolling.class);

    private final TelegramProperties properties;
    private final TelegramUpdates updates;
    private final PollLease lease;
    private final TelegramHealth health;
    private final String bot;
    private final String owner;
    private ScheduledExecutorService leaseTimer;
    private ScheduledExecutorService poller;
    private ExecutorService handler;
    private final AtomicLong lastHandled = new AtomicLong();
    private ScheduledFuture<?> leaseTask;
    private BotSession session;
    private volatile boolean running;

    BotPolling(TelegramProperties properties, TelegramUpdates updates, PollLease lease, TelegramHealth health) {
        this.properties = properties;
        this.updates = updates;
        this.lease = lease;
        this.health = health;
        this.bot = TelegramLinkCodes.hash(properties.token());
        this.owner = PollLease.newOwner();
    }

    @Override
    public synchronized void start() {
        if (properties.mode() != TelegramProperties.Mode.POLLING || running) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poller"));
        handler = Executors.newSingleThreadExecutor(daemon("telegram-updates"));
        leaseTimer = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poll-lease"));
        session = new BotSession(new ObjectMapper(), pollingClient(), poller, properties.token(),
                () -> BotConfiguration.telegramUrl(properties), this::getUpdates, ExponentialBackOff::new, this::consume);
        long every = Math.max(1, properties.lease().toMillis() / 3);
        leaseTask = leaseTimer.scheduleWithFixedDelay(this::keepLease, 0, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        leaseTask.cancel(false);
        leaseTimer.shutdownNow();
        if (session.isRunning()) {
            session.stop();
            log.info("Telegram long polling stopped");
        }
        poller.shutdownNow();
        handler.shutdown();
        try {
            handler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lease.release(bot, owner);
        health.pollingStarted(false);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server is up, before nothing in particular; stopped before the database goes. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }

    private synchronized void keepLease() {
        try {
            boolean held = lease.hold(bot, owner, properties.lease());
            if (held && !session.isRunning()) {
                session.start();
                log.info("Telegram long polling started (this node holds the polling lease)");
            } else if (!held && session.isRunning()) {
                session.stop();
                log.warn("Telegram long polling stopped: another node holds the polling lease");
            }
            health.pollingStarted(session.isRunning());
        } catch (TelegramApiException | RuntimeException e) {
            health.failed("polling start: " + e.getMessage());
            log.warn("Telegram long polling not running yet: {}", String.valueOf(e.getMessage()).replace(properties.token(), "<token>"));
        }
    }

    /**
     * Hands the batch to the update thread and waits, so the next getUpdates (which confirms this
     * batch to Telegram) only goes out once it is handled. Stopping the session interrupts the
     * polling thread, never the handling. An update at or below the last one handled (a batch a
     * stopping session still received) is skipped.
     */
    private void consume(List<Update> received) {
        if (!received.isEmpty()) {
            health.updatesPolled();
        }
        Future<?> handled = handler.submit(() -> received.forEach(update -> {
            if (update.getUpdateId() > lastHandled.get()) {
                lastHandled.set(update.getUpdateId());
                updates.handle(update);
            }
        }));
        try {
            handled.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("Telegram updates could not be handled", e.getCause());
        }
    }

    private GetUpdates getUpdates(Integer lastReceived) {
        return GetUpdates.builder().offset(lastReceived + 1).limit(100)
                .timeout((int) Math.max(1, properties.pollTimeout().toSeconds())).allowedUpdates(List.of("message", "callback_query"))
                .build();
    }

    /** The polling HTTP client, telling the channel health about each getUpdates answer. */
    private OkHttpClient pollingClient() {
        Interceptor observer = chain -> {
            try {
                Response response = chain.proceed(chain.request());
                if (response.isSuccessful() && chain.request().url().encodedPath().toLowerCase().endsWith("/getupdates")) {
                    health.polled();
                } else if (!response.isSuccessful()) {
                    health.failed("getUpdates answered " + response.code());
                }
                return response;
            } catch (IOException e) {
                health.failed("getUpdates: " + e.getMessage());
                throw e;
            }
        };
        return BotConfiguration.httpClient(properties).newBuilder().addInterceptor(observer).build();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
