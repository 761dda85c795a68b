package com.leadwire.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import com.leadwire.contacts.ContactDetails;

/** Grouping and failure isolation of the writer threads, with a batch write that records its calls. */
class IntakeWritersTests {

    /** Fails every batch that holds the poisoned key; blocks the first batch until released. */
    static class RecordingWrite extends IntakeBatchWrite {
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstBatchEntered = new CountDownLatch(1);
        final CountDownLatch firstBatchRelease = new CountDownLatch(1);
        volatile String poisonedKey = "none";

        RecordingWrite() {
            super(null, null, null, null);
        }

        @Override
        public List<IntakeResult> write(List<PendingIntake> batch) {
            if (batchSizes.isEmpty()) {
                firstBatchEntered.countDown();
                await(firstBatchRelease);
            }
            batchSizes.add(batch.size());
            if (batch.stream().anyMatch(p -> p.scopedKey().equals(poisonedKey))) {
                throw new IllegalStateException("poisoned event in batch");
            }
            List<IntakeResult> results = new ArrayList<>();
            batch.forEach(p -> results.add(new IntakeResult(p.scopedKey().hashCode(), 1, 1L, true, true, false)));
            return results;
        }

        /** The writer holds the first batch: everything submitted from now on waits together. */
        void awaitFirstBatch() {
            await(firstBatchEntered);
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the writer did not get this far within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final RecordingWrite write = new RecordingWrite();
    private final IntakeWriters writers = new IntakeWriters(write, new IntakeProperties(1, 64, Duration.ZERO, Duration.ofDays(90)));

    @AfterEach
    void stop() {
        writers.stop();
    }

    private PendingIntake pending(String key) {
        IntakeEvent event = new IntakeEvent(Channel.API, null, key, "{}", ContactDetails.ofEmail("same@example.com", null), null, null);
        return new PendingIntake(event, key, null, Instant.now(), new CompletableFuture<>());
    }

    @Test
    void eventsWaitingTogetherAreWrittenInOneBatch() throws Exception {
        writers.start();
        PendingIntake first = pending("first");
        writers.submit(first);
        write.awaitFirstBatch();
        List<PendingIntake> waiting = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            waiting.add(pending("waiting-" + i));
            writers.submit(waiting.get(i));
        }
        write.firstBatchRelease.countDown();

        for (PendingIntake pending : waiting) {
            assertThat(pending.result().get(5, TimeUnit.SECONDS).repeated()).isFalse();
        }
        assertThat(write.batchSizes).containsExactly(1, 20);
    }

    @Test
    void aBatchWindowGathersEventsThatArriveOneByOneUntilTheBatchIsFull() throws Exception {
        write.firstBatchRelease.countDown();
        IntakeWriters windowed = new IntakeWriters(write, new IntakeProperties(1, 3, Duration.ofSeconds(1), Duration.ofDays(90)));
        windowed.start();
        try {
            List<PendingIntake> events = List.of(pending("one"), pending("two"), pending("three"));
            for (PendingIntake event : events) {
                windowed.submit(event);
            }
            for (PendingIntake event : events) {
                assertThat(event.result().get(5, TimeUnit.SECONDS).repeated()).isFalse();
            }
            assertThat(write.batchSizes).containsExactly(3);
        } finally {
            windowed.stop();
        }
    }

    @Test
    void aBatchWindowEndsWithWhatArrivedWithinIt() throws Exception {
        write.firstBatchRelease.countDown();
        IntakeWriters windowed = new IntakeWriters(write, new IntakeProperties(1, 64, Duration.ofMillis(50), Duration.ofDays(90)));
        windowed.start();
        try {
            PendingIntake alone = pending("alone");
            windowed.submit(alone);
            assertThat(alone.result().get(5, TimeUnit.SECONDS).repeated()).isFalse();
            assertThat(write.batchSizes).containsExactly(1);
        } finally {
            windowed.stop();
        }
    }

    @Test
    void aFailingEventDoesNotFailItsNeighbours() throws Exception {
        write.poisonedKey = "bad";
        writers.start();
        writers.submit(pending("blocker"));
        write.awaitFirstBatch();
        PendingIntake good1 = pending("good-1");
        PendingIntake bad = pending("bad");
        PendingIntake good2 = pending("good-2");
        writers.submit(good1);
        writers.submit(bad);
        writers.submit(good2);
        write.firstBatchRelease.countDown();

        assertThat(good1.result().get(5, TimeUnit.SECONDS).eventId()).isEqualTo("good-1".hashCode());
        assertThat(good2.result().get(5, TimeUnit.SECONDS).eventId()).isEqualTo("good-2".hashCode());
        assertThatThrownBy(() -> bad.result().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(write.batchSizes).containsExactly(1, 3, 1, 1, 1);
    }

    @Test
    void aTransientFailureOfOneEventIsRetried() throws Exception {
        RecordingWrite flaky = new RecordingWrite() {
            int failures;

            @Override
            public List<IntakeResult> write(List<PendingIntake> batch) {
                if (failures++ < 2) {
                    throw new DataIntegrityViolationException("duplicate key from another node");
                }
                return List.of(new IntakeResult(7, 1, 1L, false, true, false));
            }
        };
        IntakeWriters retrying = new IntakeWriters(flaky, new IntakeProperties(1, 64, Duration.ZERO, Duration.ofDays(90)));
        retrying.start();
        try {
            PendingIntake event = pending("raced");
            retrying.submit(event);
            assertThat(event.result().get(5, TimeUnit.SECONDS).eventId()).isEqualTo(7);
        } finally {
            retrying.stop();
        }
    }
}
