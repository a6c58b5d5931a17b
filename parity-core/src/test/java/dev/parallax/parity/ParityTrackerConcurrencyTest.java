package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityTrackerConcurrencyTest {

    private static final int THREADS = 16;
    private static final int TRADES_PER_THREAD = 500;
    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void tradesRecordedFromManyThreadsAreAllCounted() throws Exception {
        ParityTrackerRegistry registry = new ParityTrackerRegistry(
                ParitySettings.builder().dataFolder(dir).alertLogFolder(dir).build(), Clock.systemUTC(), List.of());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ParityTracker>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<ParityTracker> task = () -> {
                    start.await();
                    ParityTracker tracker = registry.tracker("shared");
                    for (int i = 0; i < TRADES_PER_THREAD; i++) {
                        String id = thread + "-" + i;
                        // half the trades arrive live first, the other half backtest first
                        if (i % 2 == 0) {
                            tracker.recordBacktest(backtest(id, Side.BUY, 1, 100, T, 0));
                            tracker.recordLive(live(id, 100.01, T, 0, 0, 10));
                        } else {
                            tracker.recordLive(live(id, Side.SELL, 99.99, T, 0, 0, 10));
                            tracker.recordBacktest(backtest(id, Side.SELL, 1, 100, T, 0));
                        }
                        if (i % 100 == 0) {
                            tracker.dailyReport(LocalDate.of(2024, 1, 15));
                            tracker.summary();
                        }
                    }
                    return tracker;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            ParityTracker first = futures.get(0).get();
            for (Future<ParityTracker> f : futures) {
                assertSame(first, f.get());
            }
            int expected = THREADS * TRADES_PER_THREAD;
            assertEquals(expected, first.completedTrades());
            assertEquals(UnmatchedTrades.NONE, first.unmatched());
            DailyParityReport report = first.dailyReport(LocalDate.of(2024, 1, 15));
            assertEquals(expected, report.matchedTrades());
            // every trade is 1 bp worse: buys at 100.01, sells at 99.99
            assertEquals(1.0, report.priceDifferences().meanBps(), 1e-9);
            assertEquals(ParityStatus.ACTIVE, first.status());
        } finally {
            pool.shutdownNow();
        }
    }
}
