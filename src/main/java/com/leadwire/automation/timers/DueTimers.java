package com.leadwire.automation.timers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Fires due timers, batch by batch. A round is one transaction: it claims up to
 * {@code batch-size} due timers ({@code SELECT … FOR UPDATE SKIP LOCKED}, so nodes and threads
 * take disjoint sets), marks them FIRED and hands each to the {@link TimerHandler}; the marks and
 * all the handlers' work (state changes, outbox rows, new timers) commit together. So a timer
 * fires once: a node that dies mid-round (kill -9, restart) rolls back, its locks go with its
 * connection, and the timers are due again for the next claim, anywhere.
 * <p>
 * No savepoint per timer: the outbox and {@link Timers#schedule} collect their rows per
 * transaction and write them just before the commit, so rolling back to a savepoint would
 * still write what a failed handler queued. Instead a handler that throws (or leaves the
 * transaction rollback-only) rolls back its whole round; its attempt is counted in a
 * transaction of its own (due again after a back-off, FAILED after {@code max-attempts}), and
 * the next round claims its neighbours again and fires them without it. A round that fails at its
 * commit (say, a row a handler queued cannot be written) names no timer: its timers are then fired
 * one per round, which finds the one. Failures are rare, so the common case stays one commit per
 * batch.
 * <p>
 * When a round claims a full batch (timers fall due faster than one round fires them), the other
 * {@code firers - 1} of this node start rounds beside it until the backlog is gone: each claims its
 * own timers (SKIP LOCKED, as another node would), in its own transaction, so a timer still fires
 * once, and each round's e-mails leave as soon as it commits instead of after its predecessors'.
 */
@Component
class DueTimers {

    private static final Logger log = LoggerFactory.getLogger(DueTimers.class);
    /** Rounds one call runs at most (a backlog, or failing timers taken out one by one); the rest waits for the next poll. */
    private static final int MAX_ROUNDS_PER_POLL = 20;

    private final TimerRows rows;
    private final TimersProperties properties;
    private final ObjectProvider<TimerHandler> handlers;
    private final Clock clock;
    private final TransactionTemplate inRound;
    /** The firers beside the polling thread; none with {@code firers} 1. */
    private final ExecutorService beside;

    DueTimers(TimerRows rows, TimersProperties properties, ObjectProvider<TimerHandler> handlers, Clock clock,
              PlatformTransactionManager transactions) {
        this.rows = rows;
        this.properties = properties;
        this.handlers = handlers;
        this.clock = clock;
        this.inRound = new TransactionTemplate(transactions);
        // MariaDB then locks only the rows it claims, not the index gaps between them
        inRound.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        AtomicInteger count = new AtomicInteger();
        this.beside = properties.firers() <= 1 ? null : Executors.newFixedThreadPool(properties.firers() - 1, runnable -> {
            Thread thread = new Thread(runnable, "timer-firer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        if (beside != null) {
            beside.shutdownNow();
        }
    }

    int fire() {
        // looked up when firing: the rules engine's handler needs the timers itself
        List<TimerHandler> present = handlers.orderedStream().toList();
        if (present.isEmpty()) {
            return 0;
        }
        List<Future<Integer>> others = new ArrayList<>();
        int fired = rounds(present, () -> {
            if (beside != null && others.isEmpty()) {
                for (int firer = 1; firer < properties.firers(); firer++) {
                    others.add(beside.submit(() -> rounds(present, () -> { })));
                }
            }
        });
        for (Future<Integer> other : others) {
            fired += firedBeside(other);
        }
        return fired;
    }

    /** Rounds until one claims less than a full batch; {@code onBacklog} runs after each full one. */
    private int rounds(List<TimerHandler> present, Runnable onBacklog) {
        int fired = 0;
        int batchSize = properties.batchSize();
        for (int round = 0; round < MAX_ROUNDS_PER_POLL; round++) {
            List<TimerRows.Claimed> claimed = new ArrayList<>();
            int size = batchSize;
            try {
                inRound.executeWithoutResult(transaction -> fireRound(present, transaction, size, claimed));
            } catch (HandlerFailed failed) {
                countFailedAttempt(failed.timer, failed.getCause());
                continue;
            } catch (RuntimeException notCommitted) {
                if (claimed.size() == 1) {
                    countFailedAttempt(claimed.get(0), notCommitted);
                    continue;
                }
                if (claimed.isEmpty()) {
                    log.warn("Timers: no claim this time, the due ones wait for the next poll ({})", notCommitted.toString());
                    break;
                }
                // not one handler's exception (e.g. the rows they queued could not be written): find the one, alone
                log.warn("Timers: a round of {} did not commit, firing them one by one: {}", claimed.size(), notCommitted.toString());
                batchSize = 1;
                continue;
            }
            claimed.forEach(each -> log.info("Timer {} {} of {} fired for deal {} (due {})", each.timer().id(), each.timer().kind(),
                    about(each.timer()), each.timer().dealId(), each.timer().dueAt()));
            fired += claimed.size();
            if (claimed.size() < size) {
                break;
            }
            onBacklog.run();
        }
        return fired;
    }

    private static int firedBeside(Future<Integer> other) {
        try {
            return other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            log.warn("Timers: a firer beside the poll stopped: {}", e.getCause().toString());
            return 0;
        }
    }

    /** Claims up to {@code size} due timers into {@code claimed}, marks them fired and hands each to the handlers of its kind. */
    private void fireRound(List<TimerHandler> present, TransactionStatus transaction, int size, List<TimerRows.Claimed> claimed) {
        Instant now = clock.instant();
        claimed.addAll(rows.claimDue(now, size));
        if (claimed.isEmpty()) {
            return;
        }
        rows.markFired(claimed.stream().map(each -> each.timer().id()).toList(), now);
        for (TimerRows.Claimed each : claimed) {
            try {
                TimerView fired = asFired(each.timer());
                present.stream().filter(handler -> handler.handles(fired.kind())).forEach(handler -> handler.fire(fired));
            } catch (RuntimeException e) {
                throw new HandlerFailed(each, e);
            }
            if (transaction.isRollbackOnly()) {
                throw new HandlerFailed(each, new IllegalStateException("the handler left the transaction rollback-only"));
            }
        }
    }

    private void countFailedAttempt(TimerRows.Claimed failed, Throwable failure) {
        TimerView timer = failed.timer();
        int attempt = failed.attempts() + 1;
        boolean last = attempt >= properties.maxAttempts();
        Instant now = clock.instant();
        Instant next = now.plus(properties.retryDelay(attempt));
        String error = failure.toString();
        try {
            if (!rows.markAttemptFailed(timer.id(), failed.attempts(), last, next, error, now)) {
                return;
            }
        } catch (RuntimeException e) {
            log.warn("Timer {} of {} for deal {}: attempt {} failed ({}) and could not be counted, it is due again: {}", timer.id(),
                    about(timer), timer.dealId(), attempt, error, e.toString());
            return;
        }
        if (last) {
            log.error("Timer {} of {} for deal {} FAILED after {} attempts: {}", timer.id(), about(timer), timer.dealId(), attempt,
                    error);
        } else {
            log.warn("Timer {} of {} for deal {}: attempt {} failed, next at {}: {}", timer.id(), about(timer), timer.dealId(),
                    attempt, next, error);
        }
    }

    private static String about(TimerView timer) {
        if (timer.ruleId() != null) {
            return "rule " + timer.ruleId();
        }
        return timer.taskId() != null ? "task " + timer.taskId() : timer.key();
    }

    private static TimerView asFired(TimerView timer) {
        return new TimerView(timer.id(), timer.ruleId(), timer.dealId(), timer.contactId(), timer.kind(), timer.stageId(), timer.baseAt(),
                timer.dueAt(), timer.origin(), timer.key(), TimerRows.FIRED, timer.taskId());
    }

    /** Thrown out of a round to roll it back; names the timer whose handler failed. */
    private static final class HandlerFailed extends RuntimeException {

        private final transient TimerRows.Claimed timer;

        HandlerFailed(TimerRows.Claimed timer, RuntimeException cause) {
            super(cause);
            this.timer = timer;
        }
    }
}
