package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parity compares whole orders of executions, summed from the durable fills, across restarts. */
class ExecutionParityTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0.plusSeconds(3600));

    private ParityTrackerRegistry registry(String name) {
        return new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir.resolve(name).resolve("parity"))
                .alertLogFolder(dir.resolve(name).resolve("logs")).build(),
                java.time.Clock.fixed(clock.instant(), ZoneOffset.UTC), List.of());
    }

    private LiveExecutionTracker open(ParityTrackerRegistry parity) {
        return LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock).alertSinks(List.of()).parity(parity)
                .open();
    }

    /** The three fills of the buy order O1: two partial, the last one not, with their own types, slippage and latency. */
    private static List<Fill> order() {
        long t = EpochNanos.of(T0);
        return List.of(
                new Fill("O1", "BTC/USD", Side.BUY, 100.1, 0.3, 0.03, FillType.MAKER, 1_000_000, -1.25, t + 1, true),
                new Fill("O1", "BTC/USD", Side.BUY, 100.3, 0.5, 0.05, FillType.TAKER, 3_000_000, 2.5, t + 7, true),
                new Fill("O1", "BTC/USD", Side.BUY, 100.2, 0.2, 0.02, FillType.TAKER, 2_000_000, 1.0, t + 5, false));
    }

    @Test
    void anOrderFilledAcrossARestartReachesParityOnceAsItsFillsCombined() {
        List<Fill> fills = order();
        ParityTrackerRegistry first = registry("first");
        try (LiveExecutionTracker tracker = open(first)) {
            tracker.recordExecution(new LiveExecution(fills.get(0), 1));
            tracker.recordExecution(new LiveExecution(fills.get(1), 2));
        }
        assertEquals(List.of(), first.tracker(Trackers.STRATEGY).unmatched().liveOnly(), "a partial order is not compared");

        ParityTrackerRegistry second = registry("second");
        try (LiveExecutionTracker tracker = open(second)) {
            tracker.recordExecution(new LiveExecution(fills.get(2), 3));
        }
        Fill combined = Fill.combined(fills, false);
        ParityTracker parity = second.tracker(Trackers.STRATEGY);
        assertEquals(List.of("O1"), parity.unmatched().liveOnly());
        Fill backtest = BacktestFills.of("O1", "BTC/USD", Side.BUY, 1, 100, T0, 0.1);
        assertEquals(combined, parity.recordBacktest(backtest).orElseThrow().live());

        // a third process replays the store into a fresh parity tracker: the same one order
        ParityTrackerRegistry third = registry("third");
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .alertSinks(List.of()).parity(third)
                .store(WatchedStore.withoutSnapshots(JdbcLiveEventStore.sqliteReadOnly(
                        Trackers.settings(dir).databaseFile()))).open()) {
            assertEquals(3, tracker.eventCount());
        }
        assertEquals(List.of("O1"), third.tracker(Trackers.STRATEGY).unmatched().liveOnly());
        assertEquals(combined, third.tracker(Trackers.STRATEGY).recordBacktest(backtest).orElseThrow().live());
    }

    @Test
    void theLastFillOfAnOrderAfterTheSnapshotReadsTheEarlierOnesFromTheStore() throws IOException {
        List<Fill> fills = order();
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .alertSinks(List.of()).parity(registry("writer")).snapshotEvery(2).open()) {
            tracker.recordExecution(new LiveExecution(fills.get(0), 1));
            tracker.recordExecution(new LiveExecution(fills.get(1), 2)); // the snapshot covers the partial fills
            tracker.recordExecution(new LiveExecution(fills.get(2), 3));
            // a crash now: the files as they are, without the snapshot closing would save
            Path file = Trackers.settings(dir).databaseFile();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path part = Path.of(file + suffix);
                if (Files.exists(part)) {
                    Files.copy(part, Path.of(Trackers.settings(copy).databaseFile() + suffix));
                }
            }
        }
        ParityTrackerRegistry fresh = registry("fresh");
        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(Trackers.settings(copy).databaseFile()));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(copy)).clock(clock)
                .alertSinks(List.of()).parity(fresh).store(watched).open()) {
            assertEquals(3, tracker.eventCount());
        }
        assertTrue(watched.reads.contains("orderFills O1"), watched.reads.toString());
        assertEquals(List.of("O1"), fresh.tracker(Trackers.STRATEGY).unmatched().liveOnly());
        assertEquals(Fill.combined(fills, false), fresh.tracker(Trackers.STRATEGY)
                .recordBacktest(BacktestFills.of("O1", "BTC/USD", Side.BUY, 1, 100, T0, 0.1)).orElseThrow().live());
    }

    @Test
    void aFillAfterItsOrdersLastOneIsRecordedButComparesNothing() {
        List<Fill> fills = order();
        ParityTrackerRegistry parity = registry("late");
        try (LiveExecutionTracker tracker = open(parity)) {
            tracker.recordExecution(new LiveExecution(fills.get(0), 1));
            tracker.recordExecution(new LiveExecution(fills.get(2), 2));
            assertEquals(RecordOutcome.RECORDED, tracker.recordExecution(new LiveExecution(fills.get(1), 3)));
            assertEquals(1, tracker.openPositions().size());
            assertEquals(1.0, tracker.openPositions().get(0).openSize(), 1e-12);
        }
        ParityTracker tracker = parity.tracker(Trackers.STRATEGY);
        assertEquals(List.of("O1"), tracker.unmatched().liveOnly());
        Fill compared = tracker.recordBacktest(BacktestFills.of("O1", "BTC/USD", Side.BUY, 1, 100, T0, 0.1))
                .orElseThrow().live();
        assertEquals(Fill.combined(List.of(fills.get(0), fills.get(2)), false), compared);
        assertTrue(compared.size() < 1.0);
    }
}
