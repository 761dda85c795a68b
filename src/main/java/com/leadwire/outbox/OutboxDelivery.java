package com.leadwire.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Delivers outbox rows: the ones this node queued, straight after their commit
 * ({@link #deliverCommitted}), and due ones (route {@code outbox-delivery} calls
 * {@link #deliverDue()} on every tick: retries, rows of other nodes, rows whose claimer died).
 * Each row goes to the sender of its channel, several at once, and is marked sent, due again
 * after a back-off, or dead after the last attempt. Delivery is at-least-once: a node that dies
 * between sending and marking leaves the row to be claimed again when its claim runs out, and
 * the receiver can drop the repeat by its idempotency key.
 */
@Component("outboxDelivery")
public class OutboxDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_ROUNDS_PER_TICK = 20;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final OutboxRows rows;
    private final OutboxProperties properties;
    private final Map<OutboxChannel, OutboxSender> senders = new EnumMap<>(OutboxChannel.class);
    private final ExecutorService sending;
    private final AtomicInteger handedOff = new AtomicInteger();
    private final AtomicInteger dueInFlight = new AtomicInteger();

    OutboxDelivery(OutboxRows rows, OutboxProperties properties, List<OutboxSender> senders) {
        this.rows = rows;
        this.properties = properties;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.sending = Executors.newFixedThreadPool(properties.senders(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** This node's claim on messages it will send straight after their commit. */
    record Handoff(String token, Instant claimEnd) {
    }

    /** A claim for rows about to be written, or null when this node's senders have no room for more. */
    Handoff handoff(Instant now) {
        return handedOff.get() < properties.handoffLimit() && !sending.isShutdown()
                ? new Handoff(UUID.randomUUID().toString(), now.plus(properties.claimTimeout()))
                : null;
    }

    /**
     * Sends rows that were written already claimed by {@code claim} in a transaction that has
     * just committed; does not wait for them.
     */
    void deliverCommitted(Handoff claim, List<PendingMessage> messages) {
        handedOff.addAndGet(messages.size());
        try {
            // started from a sender thread: the committing thread must not run the sent mark itself
            sending.execute(() -> sendAll(messages, claim.token(), claim.claimEnd())
                    .whenComplete((sent, failure) -> handedOff.addAndGet(-messages.size())));
        } catch (RejectedExecutionException stopping) {
            handedOff.addAndGet(-messages.size());
            log.info("Outbox: {} messages are left to the next claim, this node is stopping", messages.size());
        }
    }

    /**
     * Delivers what is due now, claiming batch after batch while full batches keep coming. A batch
     * still being sent after one poll interval (a slow receiver) is left to finish on the sender
     * threads and mark its rows itself: the next tick claims the rows behind it, up to a batch in all.
     */
    public int deliverDue() {
        int delivered = 0;
        try {
            for (int round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
                int room = properties.batchSize() - dueInFlight.get();
                if (room <= 0) {
                    break;
                }
                String token = UUID.randomUUID().toString();
                Instant now = Instant.now();
                Instant claimEnd = now.plus(properties.claimTimeout());
                List<PendingMessage> claimed = rows.claimDue(room, token, now, claimEnd, channelsSentHere());
                dueInFlight.addAndGet(claimed.size());
                CompletableFuture<Integer> sent = sendAll(claimed, token, claimEnd)
                        .whenComplete((count, failure) -> dueInFlight.addAndGet(-claimed.size()));
                delivered += sent.get(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (claimed.size() < room) {
                    break;
                }
            }
        } catch (DataAccessException e) {
            log.warn("Outbox delivery paused: the database did not answer ({})", e.getMostSpecificCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException stillSending) {
            log.debug("Outbox: a batch is still being sent; the next tick claims around it");
        } catch (ExecutionException e) {
            log.warn("Outbox delivery round ended early: {}", e.toString());
        }
        return delivered;
    }

    /** Whether this node sends the channel's messages now (a channel without a sender counts: its rows wait, visibly). */
    boolean sendsHere(OutboxChannel channel) {
        OutboxSender sender = senders.get(channel);
        return sender == null || sender.sendsHere();
    }

    private List<OutboxChannel> channelsSentHere() {
        return Arrays.stream(OutboxChannel.values()).filter(this::sendsHere).toList();
    }

    /** Sends a claimed batch; the rows that went out are marked sent together, in one statement. */
    private CompletableFuture<Integer> sendAll(List<PendingMessage> claimed, String token, Instant claimEnd) {
        List<PendingMessage> allowed;
        try {
            allowed = withoutRefused(claimed, token);
        } catch (RuntimeException e) {
            log.warn("Outbox: {} messages are left to the next claim: their senders could not check them ({})", claimed.size(), e.toString());
            return CompletableFuture.completedFuture(0);
        }
        List<PendingMessage> accepted = new ArrayList<>(allowed.size());
        List<CompletableFuture<Boolean>> results = new ArrayList<>(allowed.size());
        for (PendingMessage message : allowed) {
            try {
                results.add(CompletableFuture.supplyAsync(() -> deliver(message, token, claimEnd), sending));
                accepted.add(message);
            } catch (RejectedExecutionException stopping) {
                log.info("Outbox: {} messages are left to the next claim, this node is stopping", claimed.size() - accepted.size());
                break;
            }
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .handle((done, failure) -> markSent(accepted, results, token));
    }

    /** Asks each channel's sender once for the whole batch which messages must not go out, and marks those skipped. */
    private List<PendingMessage> withoutRefused(List<PendingMessage> claimed, String token) {
        Map<OutboxChannel, List<PendingMessage>> byChannel = new EnumMap<>(OutboxChannel.class);
        claimed.forEach(message -> byChannel.computeIfAbsent(message.channel(), channel -> new ArrayList<>()).add(message));
        Map<Long, String> refused = new HashMap<>();
        byChannel.forEach((channel, messages) -> {
            OutboxSender sender = senders.get(channel);
            if (sender != null) {
                refused.putAll(sender.refusals(messages));
            }
        });
        if (refused.isEmpty()) {
            return claimed;
        }
        List<PendingMessage> allowed = new ArrayList<>(claimed.size());
        for (PendingMessage message : claimed) {
            String reason = refused.get(message.id());
            if (reason == null) {
                allowed.add(message);
            } else if (rows.markSkipped(message.id(), token, reason)) {
                log.info("Outbox {} ({} to {}, deal {}) skipped: {}", message.id(), message.channel(), message.recipient(), message.dealId(),
                        reason);
            }
        }
        return allowed;
    }

    private int markSent(List<PendingMessage> claimed, List<CompletableFuture<Boolean>> results, String token) {
        List<PendingMessage> sent = new ArrayList<>(claimed.size());
        for (int i = 0; i < results.size(); i++) {
            try {
                if (results.get(i).join()) {
                    sent.add(claimed.get(i));
                }
            } catch (CompletionException failure) {
                log.warn("Outbox {} delivery step failed: {}", claimed.get(i).id(), failure.getCause().toString());
            }
        }
        try {
            int marked = rows.markSent(sent.stream().map(PendingMessage::id).toList(), token, Instant.now());
            if (marked < sent.size()) {
                log.warn("{} outbox messages were sent after their claim ran out; another node may send them again",
                        sent.size() - marked);
            }
        } catch (DataAccessException e) {
            log.warn("Outbox: {} sent messages could not be marked sent and will be sent again after their claim ({})",
                    sent.size(), e.getMostSpecificCause().toString());
            return 0;
        }
        sent.forEach(message -> log.info("Outbox {} {} to {} sent (deal {}, event {}, attempt {})", message.id(), message.channel(),
                message.recipient(), message.dealId(), message.eventId(), message.attempt()));
        return sent.size();
    }

    private boolean deliver(PendingMessage message, String token, Instant claimEnd) {
        if (Instant.now().isAfter(claimEnd.minus(properties.claimTimeout().dividedBy(4)))) {
            // too little of the claim is left to send safely: another claimer may already have it
            log.debug("Outbox {} is left to the next claim: its claim is nearly over", message.id());
            return false;
        }
        OutboxSender sender = senders.get(message.channel());
        if (sender == null) {
            rows.markRetry(message.id(), token, Instant.now().plus(properties.maxRetryDelay()),
                    "no sender for " + message.channel() + " is running", false);
            log.warn("Outbox {} ({} to {}) waits: no {} sender is running", message.id(), message.channel(), message.recipient(),
                    message.channel());
            return false;
        }
        try {
            sender.send(message);
        } catch (OutboxSender.RetryAfter wait) {
            rows.markRetry(message.id(), token, Instant.now().plus(wait.waitFor()), wait.getMessage(), false);
            log.debug("Outbox {} waits {} ms: {}", message.id(), wait.waitFor().toMillis(), wait.getMessage());
            return false;
        } catch (OutboxSender.PermanentFailure failure) {
            dead(sender, message, token, failure.getMessage());
            log.error("Outbox {} ({} to {}, deal {}) is dead: {}", message.id(), message.channel(), message.recipient(),
                    message.dealId(), failure.getMessage());
            return false;
        } catch (Exception failure) {
            failed(sender, message, token, failure);
            return false;
        }
        return true;
    }

    private void failed(OutboxSender sender, PendingMessage message, String token, Exception failure) {
        String error = failure.toString();
        RetryPolicy policy = properties.retryPolicy(message.channel());
        Instant now = Instant.now();
        Optional<Instant> next = policy.nextAttempt(message.attempt(), message.queuedAt(), now);
        if (next.isEmpty()) {
            dead(sender, message, token, error + " (" + policy.givenUp(message.attempt()) + ")");
            log.error("Outbox {} ({} to {}, deal {}) is dead, {}: {}", message.id(), message.channel(),
                    message.recipient(), message.dealId(), policy.givenUp(message.attempt()), error);
            return;
        }
        rows.markRetry(message.id(), token, next.get(), error, true);
        log.warn("Outbox {} ({} to {}, deal {}) attempt {} failed, next in {} ms: {}", message.id(), message.channel(),
                message.recipient(), message.dealId(), message.attempt(), Duration.between(now, next.get()).toMillis(), error);
    }

    /** Marks the row dead, and tells its sender when the row was still this claim's. */
    private void dead(OutboxSender sender, PendingMessage message, String token, String reason) {
        if (rows.markDead(message.id(), token, reason)) {
            try {
                sender.gaveUp(message, reason);
            } catch (RuntimeException e) {
                log.warn("Outbox {}: the {} sender was not told it is dead: {}", message.id(), message.channel(), e.toString());
            }
        }
    }

    /** Lets the messages already handed over go out for a while, then stops; what is left waits for its claim. */
    @Override
    public void destroy() throws InterruptedException {
        sending.shutdown();
        if (!sending.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            sending.shutdownNow();
        }
    }
}
