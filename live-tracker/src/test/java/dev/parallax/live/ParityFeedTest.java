package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.sim.api.Fill;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.TradeComparison;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityFeedTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    private ParityTrackerRegistry registry() {
        return new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir.resolve("parity"))
                .alertLogFolder(dir.resolve("logs")).build(), java.time.Clock.fixed(clock.instant(), ZoneOffset.UTC),
                List.of());
    }

    @Test
    void entriesAndIdentifiedExitsReachTheStrategysParityTrackerMatchedByTradeId() {
        ParityTrackerRegistry registry = registry();
        registry.tracker(Trackers.STRATEGY).recordBacktest(BacktestFills.of("T1", "BTC/USD", Side.BUY, 1, 100,
                at("2024-03-04T10:00:00Z"), 0.1));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(registry).open()) {
            tracker.recordEntry(LiveFills.entry("T1", "BTC/USD", Side.BUY, 1, 100.05, 0.1,
                    at("2024-03-04T10:00:00.250Z"), 5, 250_000_000));
            tracker.recordExit(LiveFills.exitOfLong("T1", "T1-exit", 1, 101, 0.1, at("2024-03-04T11:00:00Z")));
        }

        TradeComparison t1 = registry.tracker(Trackers.STRATEGY).trade("T1").orElseThrow();
        assertEquals(100.05, t1.live().price());
        assertEquals(250, t1.live().latencyMillis());
        assertEquals(List.of("T1-exit"), registry.tracker(Trackers.STRATEGY).unmatched().liveOnly());
    }

    @Test
    void theParityTrackerGetsTheLiveFillAsRecordedAndAgainAsStoredAfterARestart() {
        Fill maker = new Fill("T1", "BTC/USD", Side.BUY, 99.98, 1, -0.01, FillType.MAKER, 40_000_000, -2,
                at("2024-03-04T10:00:00.040Z").getEpochSecond() * 1_000_000_000L + 40_000_000, false);
        ParityTrackerRegistry registry = registry();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(registry).open()) {
            tracker.recordEntry(new LiveEntry(maker));
        }
        ParityTrackerRegistry fresh = registry();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(fresh).open()) {
            assertEquals(1, tracker.trades().size());
        }
        for (ParityTrackerRegistry r : List.of(registry, fresh)) {
            Fill backtest = BacktestFills.of("T1", "BTC/USD", Side.BUY, 1, 100, at("2024-03-04T10:00:00Z"), 0.01);
            assertEquals(maker, r.tracker(Trackers.STRATEGY).recordBacktest(backtest).orElseThrow().live());
        }
    }

    @Test
    void aRestartedApplicationGetsTheRecordedLiveFillsBackIntoItsParityTracker() {
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(registry()).open()) {
            tracker.recordEntry(buy("T1", 1, 100, 0.1, at("2024-03-04T10:00:00Z")));
        }
        ParityTrackerRegistry fresh = registry();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(fresh).open()) {
            assertEquals(1, tracker.trades().size());
        }

        assertEquals(List.of("T1"), fresh.tracker(Trackers.STRATEGY).unmatched().liveOnly());
        assertTrue(fresh.tracker(Trackers.STRATEGY).recordBacktest(BacktestFills.of("T1", "BTC/USD", Side.BUY,
                1, 100, at("2024-03-04T10:00:00Z"), 0.1)).isPresent());
    }

    @Test
    void openingFromASnapshotGivesParityTheSameReportsAndDisableAsAFullReplayWithoutLoadingEveryEvent() {
        LiveTrackerSettings settings = Trackers.settings(dir);
        ParityTrackerRegistry writerParity = registry("writer");
        addBacktests(writerParity);
        LiveExecutionTracker writer = LiveExecutionTracker.builder(settings).clock(clock).alertSinks(List.of())
                .parity(writerParity).snapshotEvery(7).open();
        try {
            Instant t = at("2024-03-03T09:00:00Z");
            for (int i = 0; i < 30; i++) {
                // the last ten fills are slow: the second day's mean latency passes the 1,000 ms limit
                long latency = (i < 20 ? 40 : 4_000) * 1_000_000L;
                writer.recordEntry(LiveFills.entry("T" + i, "BTC/USD", Side.BUY, 1, 100.02, 0.1, t, 2, latency));
                writer.mark(new PriceMark("BTC/USD", 100.5, t.plusSeconds(30)));
                writer.recordExit(LiveFills.exitOfLong("T" + i, "T" + i + "-x", 1, 101, 0.1, t.plusSeconds(60)));
                t = t.plusSeconds(i == 14 ? 86_400 - 15 * 120 : 120);
            }
            WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile()));
            ParityTrackerRegistry fromSnapshot = registry("from-snapshot");
            ParityTrackerRegistry fullReplay = registry("full-replay");
            addBacktests(fromSnapshot);
            addBacktests(fullReplay);
            try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).clock(clock)
                    .alertSinks(List.of()).store(watched).parity(fromSnapshot).open();
                 LiveExecutionTracker replayed = LiveExecutionTracker.builder(settings).clock(clock)
                         .alertSinks(List.of()).store(WatchedStore.withoutSnapshots(
                                 JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())))
                         .parity(fullReplay).open()) {
                assertTrue(watched.reads.stream().anyMatch(r -> r.startsWith("loadAfter")), watched.reads.toString());
                assertFalse(watched.reads.contains("load"), "every event was loaded: " + watched.reads);
                assertEquals(replayed.eventCount(), reopened.eventCount());
            }
            ParityTracker expected = fullReplay.tracker(Trackers.STRATEGY);
            assertTrue(expected.isDisabled(), "the stream must disable the strategy: " + expected.status());
            for (ParityTracker actual : List.of(fromSnapshot.tracker(Trackers.STRATEGY),
                    writerParity.tracker(Trackers.STRATEGY))) {
                assertEquals(expected.status(), actual.status());
                assertEquals(expected.disableReason(), actual.disableReason());
                assertEquals(expected.completedTrades(), actual.completedTrades());
                assertEquals(expected.unmatched(), actual.unmatched());
                for (String day : List.of("2024-03-03", "2024-03-04")) {
                    assertEquals(expected.dailyReport(LocalDate.parse(day)), actual.dailyReport(LocalDate.parse(day)));
                }
                assertEquals(expected.summary(LocalDate.parse("2024-03-04")),
                        actual.summary(LocalDate.parse("2024-03-04")));
            }
        } finally {
            writer.close();
        }
    }

    private ParityTrackerRegistry registry(String name) {
        return new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir.resolve(name).resolve("parity"))
                .alertLogFolder(dir.resolve(name).resolve("logs")).build(),
                java.time.Clock.fixed(clock.instant(), ZoneOffset.UTC), List.of());
    }

    private static void addBacktests(ParityTrackerRegistry registry) {
        Instant t = at("2024-03-03T09:00:00Z");
        for (int i = 0; i < 30; i++) {
            registry.tracker(Trackers.STRATEGY).recordBacktest(BacktestFills.of("T" + i, "BTC/USD", Side.BUY, 1,
                    100, t, 0.1));
            t = t.plusSeconds(i == 14 ? 86_400 - 15 * 120 : 120);
        }
    }
}
