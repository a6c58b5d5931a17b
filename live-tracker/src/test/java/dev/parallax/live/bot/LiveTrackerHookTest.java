package dev.parallax.live.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.TestClock;
import dev.parallax.sim.api.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveTrackerHookTest {

    @TempDir
    Path dir;

    @Test
    void aDisabledHookDoesNothingAndCreatesNoFiles() throws Exception {
        LiveTrackerHook hook = LiveTrackerHook.fromEnvironment("bot", Map.of("LIVE_TRACKER_DATA_DIR", dir.toString()));

        assertSame(LiveTrackerHook.DISABLED, hook);
        assertFalse(hook.afterEntry("T1", "BTC/USD", Side.BUY, 1, 100, 0));
        assertFalse(hook.afterExit("T1", 1, 100, 0));
        assertTrue(hook.entryAllowed());
        assertTrue(hook.tracker().isEmpty());
        hook.close();
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anEnabledHookRecordsTheBotsEntriesAndExitsInItsDataFolder() {
        try (LiveTrackerHook hook = LiveTrackerHook.fromEnvironment("bot", Map.of(
                "LIVE_TRACKER_ENABLED", "true",
                "LIVE_TRACKER_DATA_DIR", dir.toString(),
                "INITIAL_BALANCE", "1000"))) {
            assertTrue(hook.afterEntry("T1", "BTC/USD", Side.BUY, 1, 100, 0.1));
            assertTrue(hook.afterExit("T1", 1, 101, 0.1));
            assertEquals(1000.8, hook.tracker().orElseThrow().account().equity(), 1e-9);
        }
        assertTrue(Files.exists(dir.resolve("bot_live.db")));
    }

    @Test
    void aFillThatCannotBeRecordedIsReportedAsFalseNotThrown() {
        TestClock clock = new TestClock(Instant.parse("2024-03-04T10:00:00Z"));
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(LiveTrackerSettings.of("bot", dir, 1_000))
                .clock(clock).alertSinks(List.of()).open();
        try (LiveTrackerHook hook = LiveTrackerHook.tracking(tracker, clock)) {
            assertFalse(hook.afterExit("nope", 1, 100, 0), "unknown trade");
            assertFalse(hook.afterEntry("T1", "BTC/USD", Side.BUY, Double.NaN, 100, 0), "NaN size");
            assertTrue(hook.afterEntry("T1", "BTC/USD", Side.BUY, 10, 100, 0));
            assertTrue(hook.afterExit("T1", 10, 90, 0));    // a 100 loss: 10% of 1,000 trips the breaker
            assertFalse(hook.entryAllowed());
            assertFalse(hook.afterEntry("T2", "BTC/USD", Side.BUY, 1, 90, 0), "refused by the breaker");
            assertEquals(1, tracker.trades().size());
        }
    }
}
