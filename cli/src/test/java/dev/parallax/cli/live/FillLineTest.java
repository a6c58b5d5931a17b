package dev.parallax.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FillLineTest {

    private static final String ENTRY = "{\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\","
            + "\"size\":0.5,\"price\":50120,\"fee\":12.5,\"time\":\"2024-01-03T10:00:00Z\"";

    @Test
    void aLatencyThatIsNotANumberIsRefusedNotReadAsZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FillLine.json(ENTRY + ",\"latency_ms\":\"NaN\"}"));
        assertTrue(e.getMessage().contains("latency_ms must be a finite number >= 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FillLine.csv(
                "entry,T-1,,BTC/USD,buy,0.5,50120,12.5,2024-01-03T10:00:00Z,,Infinity"));
    }

    @Test
    void aLatencyBeyondWhatNanosecondsHoldIsRefusedNotCut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FillLine.json(ENTRY + ",\"latency_ms\":1e300}"));
        assertTrue(e.getMessage().contains("latency_ms must be at most"), e.getMessage());
        LiveEntry ok = (LiveEntry) FillLine.json(ENTRY + ",\"latency_ms\":40.5}");
        assertEquals(Duration.ofMillis(40).plusNanos(500_000), ok.quality().latency());
    }

    @Test
    void textAfterTheObjectIsRefusedSoASecondObjectOnTheLineIsNotLost() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FillLine.json(ENTRY + "} " + ENTRY.replace("T-1", "T-2") + "}"));
        assertTrue(e.getMessage().startsWith("not a JSON object"), e.getMessage());
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRefusedNamingTheLimit() {
        String deep = "{\"a\":".repeat(65) + "1" + "}".repeat(65);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FillLine.json(deep));
        assertTrue(e.getMessage().startsWith("JSON nested deeper than 64 levels"), e.getMessage());
        String fine = "{\"a\":".repeat(63) + "1" + "}".repeat(63);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> FillLine.json(fine));
        assertTrue(missing.getMessage().contains("field 'type' is missing"), missing.getMessage());
    }
}
