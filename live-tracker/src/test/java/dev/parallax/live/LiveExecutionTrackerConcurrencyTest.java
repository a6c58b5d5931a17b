package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveExecutionTrackerConcurrencyTest {

    private static final int THREADS = 4;
    private static final int TRADES_PER_THREAD = 25;

    @TempDir
    Path dir;

    @Test
    void severalThreadsRecordingAtOnceLoseNothingAndAgreeWithTheDatabase() throws Exception {
        Instant t = Instant.parse("2024-03-04T10:00:00Z");
        TestClock clock = new TestClock(t);
        LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < TRADES_PER_THREAD; i++) {
                    String id = "W" + worker + "-" + i;
                    tracker.recordEntry(LiveEntry.of(id, "BTC/USD", Side.BUY, 1, 100, 0.01, t));
                    tracker.recordExit(LiveExit.notCompared(id, "BTC/USD", Side.SELL, 1, 100.5, 0.01, t));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        LiveSnapshot before = tracker.snapshot();
        tracker.close();

        int trades = THREADS * TRADES_PER_THREAD;
        assertEquals(trades, before.trades().size());
        assertEquals(trades * (0.5 - 0.02), before.account().realizedPnl(), 1e-9);
        assertTrue(before.openPositions().isEmpty());
        try (LiveExecutionTracker reopened = Trackers.open(Trackers.settings(dir), clock)) {
            assertEquals(before, reopened.snapshot());
            assertEquals(2L * trades, reopened.eventCount());
        }
    }
}
