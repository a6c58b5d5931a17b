package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads at once: writers record live entries and exits through the live tracker (which feeds
 * the parity tracker), other writers record the backtest side straight into the parity tracker, and
 * readers take snapshots and reports all the while. Bounded by a timeout, so a deadlock fails the
 * test instead of hanging the build.
 */
class LiveAndParityConcurrencyTest {

    private static final int LIVE_WRITERS = 8;
    private static final int BACKTEST_WRITERS = 4;
    private static final int READERS = 4;
    private static final int TRADES_PER_WRITER = 40;

    @TempDir
    Path dir;

    @Test
    void writersAndReadersOnBothTrackersFinishWithExactTotalsAndWithoutDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), this::runAll);
    }

    private void runAll() throws Exception {
        Instant t = Instant.parse("2024-03-04T10:00:00Z");
        TestClock clock = new TestClock(t);
        ParityTrackerRegistry registry = new ParityTrackerRegistry(
                ParitySettings.builder().dataFolder(dir.resolve("parity")).alertLogFolder(dir.resolve("logs")).build(),
                clock, List.of());
        ParityTracker parity = registry.tracker(Trackers.STRATEGY);
        int trades = LIVE_WRITERS * TRADES_PER_WRITER;
        ExecutorService pool = Executors.newFixedThreadPool(LIVE_WRITERS + BACKTEST_WRITERS + READERS);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        LiveSnapshot before;
        try (LiveExecutionTracker live = LiveExecutionTracker.builder(Trackers.settings(dir)).parity(registry)
                .clock(clock).open()) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < LIVE_WRITERS; w++) {
                int worker = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < TRADES_PER_WRITER; i++) {
                        String id = "W" + worker + "-" + i;
                        live.recordEntry(LiveEntry.of(id, "BTC/USD", Side.BUY, 1, 100, 0.01, t));
                        live.recordExit(LiveFills.exitOfLong(id, id + "-x", 1, 100.5, 0.01, t));
                    }
                    return null;
                }));
            }
            for (int b = 0; b < BACKTEST_WRITERS; b++) {
                int first = b;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int n = first; n < trades; n += BACKTEST_WRITERS) {
                        String id = "W" + n / TRADES_PER_WRITER + "-" + n % TRADES_PER_WRITER;
                        parity.recordBacktest(BacktestFills.of(id, "BTC/USD", Side.BUY, 1, 100, t, 0.01));
                        parity.recordBacktest(BacktestFills.of(id + "-x", "BTC/USD", Side.SELL, 1, 100.5, t,
                                0.01));
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    while (writing.get()) {
                        live.snapshot();
                        live.performance();
                        parity.dailyReport(LocalDate.of(2024, 3, 4));
                        parity.summary(LocalDate.of(2024, 3, 4));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : writers) {
                f.get();
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get();
            }
            before = live.snapshot();
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }

        assertEquals(trades, before.trades().size());
        assertTrue(before.trades().stream().allMatch(TradeRecord::closed));
        assertEquals(trades * (0.5 - 0.02), before.account().realizedPnl(), 1e-9);
        assertEquals(2 * trades, parity.completedTrades(), "every entry and exit matched with its backtest twin");
        assertEquals(0, parity.unmatched().backtestOnlyCount() + parity.unmatched().liveOnlyCount());
        assertEquals(2 * trades, parity.dailyReport(LocalDate.ofInstant(t, ZoneOffset.UTC)).matchedTrades());
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(Trackers.settings(dir))
                .alertSinks(List.of()).clock(clock).open()) {
            assertEquals(before, reopened.snapshot(), "what was recorded concurrently replays to the same figures");
            assertEquals(2L * trades, reopened.eventCount());
        }
    }
}
