package dev.parallax.live.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.TestClock;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotJsonTest {

    @TempDir
    Path dir;

    @Test
    void theSnapshotHoldsStateAndPerformanceAsPlainJson() throws Exception {
        Instant t = Instant.parse("2024-03-04T10:00:00Z");
        String json;
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(LiveTrackerSettings.of("s1", dir, 1_000))
                .clock(new TestClock(t)).alertSinks(List.of()).open()) {
            tracker.recordEntry(LiveEntry.of("T1", "BTC/USD", Side.BUY, 1, 100, 1, t));
            tracker.recordExit(LiveExit.notCompared("T1", "BTC/USD", Side.SELL, 1, 110, 1, t));
            tracker.recordEntry(LiveEntry.of("T2", "BTC/USD", Side.BUY, 1, 110, 0, t));
            json = SnapshotJson.toJson(tracker.snapshot());
        }

        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("s1", root.get("strategy").asText());
        assertEquals("2024-03-04T10:00:00Z", root.get("asOf").asText());
        assertEquals(1_008, root.get("account").get("equity").asDouble(), 1e-9);
        assertEquals(1, root.get("openPositions").size());
        assertEquals("T2", root.get("openPositions").get(0).get("tradeId").asText());
        assertEquals(2, root.get("trades").size());
        assertEquals(1.0, root.get("performance").get("trades").get("winRate").asDouble());
        assertEquals("Infinity", root.get("performance").get("trades").get("profitFactor").asText());
        assertEquals("NaN", root.get("performance").get("returns").get("sharpe").asText(), "one day: undefined");
        assertTrue(root.get("breaker").get("trippedDay").isNull());
        assertEquals("2024-03-04", root.get("dailySummaries").get(0).get("date").asText());
        assertFalse(json.contains("@class"), "no type information in the output");
    }
}
