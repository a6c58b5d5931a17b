package dev.parallax.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExit;
import dev.parallax.live.TradeRecord;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
        assertEquals(Duration.ofMillis(40).plusNanos(500_000).toNanos(), ok.fill().latencyNanos());
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

    @Test
    void anExitLineBecomesAFillOfItsTradesSymbolOnTheClosingSideAndWithoutAnExitIdIsNotCompared() {
        TradeRecord shortTrade = new TradeRecord("T-1", "ETH/USD", Side.SELL, 2, 50, Instant.parse("2024-01-03T10:00:00Z"),
                0, 2, 0, Optional.empty(), 0, 0, false);
        String line = "exit,T-1,X-1,,,1,49,0.1,2024-01-03T11:00:00Z,2.5,12";
        LiveExit compared = (LiveExit) FillLine.csv(line, id -> Optional.of(shortTrade));
        assertEquals(new Fill("X-1", "ETH/USD", Side.BUY, 49, 1, 0.1, LiveEntry.UNREPORTED_FILL_TYPE, 12_000_000, 2.5,
                Instant.parse("2024-01-03T11:00:00Z").getEpochSecond() * 1_000_000_000L, false), compared.fill());
        assertEquals("X-1", compared.exitId());

        LiveExit notCompared = (LiveExit) FillLine.csv(line.replace("X-1", ""), id -> Optional.of(shortTrade));
        assertEquals("T-1", notCompared.fill().orderId());
        assertEquals("", notCompared.exitId());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> FillLine.csv(line));
        assertEquals("tradeId 'T-1' of the exit has no entry; record the entry first", unknown.getMessage());
    }
}
