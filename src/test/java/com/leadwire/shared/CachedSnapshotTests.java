package com.leadwire.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedSnapshotTests {

    @Test
    void keepsALoadedValueUntilItIsInvalidated() {
        AtomicInteger version = new AtomicInteger(1);
        CachedSnapshot<Integer> snapshot = new CachedSnapshot<>(Duration.ofMinutes(1), version::get);

        assertThat(snapshot.get()).isEqualTo(1);
        version.set(2);
        assertThat(snapshot.get()).isEqualTo(1);
        snapshot.invalidate();
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void aLoadThatRanWhileTheDataChangedIsNotKept() throws Exception {
        AtomicInteger version = new AtomicInteger(1);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        CachedSnapshot<Integer> snapshot = new CachedSnapshot<>(Duration.ofMinutes(1), () -> {
            int read = version.get();
            if (loads.incrementAndGet() == 1) {
                loading.countDown();
                await(changed);
            }
            return read;
        });

        CompletableFuture<Integer> slowLoad = CompletableFuture.supplyAsync(snapshot::get);
        await(loading);
        version.set(2);
        snapshot.invalidate();
        changed.countDown();

        assertThat(slowLoad.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(snapshot.get()).as("the stale load was not kept").isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
