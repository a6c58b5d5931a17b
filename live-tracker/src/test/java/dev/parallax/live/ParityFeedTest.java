package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.BacktestExecution;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.TradeComparison;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityFeedTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    private ParityTrackerRegistry registry() {
        return new ParityTrackerRegistry(ParitySettings.DEFAULTS.withDataFolder(dir.resolve("parity"))
                .withAlertLogFolder(dir.resolve("logs")), java.time.Clock.fixed(clock.instant(), ZoneOffset.UTC),
                List.of());
    }

    @Test
    void entriesAndIdentifiedExitsReachTheStrategysParityTrackerMatchedByTradeId() {
        ParityTrackerRegistry registry = registry();
        registry.tracker(Trackers.STRATEGY).recordBacktest(new BacktestExecution("T1", "BTC/USD", Side.BUY, 1, 100,
                at("2024-03-04T10:00:00Z"), 0.1));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(registry).open()) {
            tracker.recordEntry(new LiveEntry("T1", "BTC/USD", Side.BUY, 1, 100.05, 0.1, at("2024-03-04T10:00:00.250Z"),
                    new ExecutionQuality(0.0005, Duration.ofMillis(250))));
            tracker.recordExit(new LiveExit("T1", "T1-exit", 1, 101, 0.1, at("2024-03-04T11:00:00Z"),
                    ExecutionQuality.NOT_REPORTED));
        }

        TradeComparison t1 = registry.tracker(Trackers.STRATEGY).trade("T1").orElseThrow();
        assertEquals(100.05, t1.live().price());
        assertEquals(250, t1.live().latencyMillis());
        assertEquals(List.of("T1-exit"), registry.tracker(Trackers.STRATEGY).unmatched().liveOnly());
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
        assertTrue(fresh.tracker(Trackers.STRATEGY).recordBacktest(new BacktestExecution("T1", "BTC/USD", Side.BUY,
                1, 100, at("2024-03-04T10:00:00Z"), 0.1)).isPresent());
    }
}
