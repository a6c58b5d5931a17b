package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** Times near the end of what epoch nanoseconds hold: a bad row, never an overflow. */
class TimeOverflowTest {

    private static final String OHLCV = "time,open,high,low,close,volume\n"
            + "2262-04-10T00:00:00Z,1,2,0.5,1.5,10\n"
            + "2262-04-11T20:00:00Z,1,2,0.5,1.5,10\n";
    private static final String JSON = "{\"time\":9223200000000,\"open\":1,\"high\":2,\"low\":0.5,\"close\":1.5,\"volume\":1}\n"
            + "{\"time\":9223372000000,\"open\":1,\"high\":2,\"low\":0.5,\"close\":1.5,\"volume\":1}\n";

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens the source strict, then lenient: the second event is a bad row at {@code line} either way. */
    private static void assertSecondIsABadRow(long line, Function<BadRowPolicy, MarketDataSource> open,
                                              ToLongFunction<MarketDataSource> skipped) {
        try (MarketDataSource strict = open.apply(BadRowPolicy.STRICT)) {
            strict.next();
            MalformedRowException e = assertThrows(MalformedRowException.class, strict::next);
            assertEquals(line, e.row().line());
            assertTrue(e.getMessage().contains("time plus the offset"), e.getMessage());
        }
        try (MarketDataSource lenient = open.apply(BadRowPolicy.LENIENT)) {
            lenient.next();
            assertFalse(lenient.hasNext());
            assertEquals(1, skipped.applyAsLong(lenient));
        }
    }

    @Test
    void anOhlcvTimePlusItsOffsetBeyondTheEndIsABadRow() {
        OhlcvCsvFormat format = OhlcvCsvFormat.of("X").withTimeOffset(Duration.ofHours(16));
        assertSecondIsABadRow(3, p -> format.withPolicy(p).open("bars.csv", in(OHLCV)),
                s -> ((CsvMarketDataSource) s).skippedRows().count());
    }

    @Test
    void aJsonBarTimePlusItsOffsetBeyondTheEndIsABadRow() {
        JsonBarFormat format = JsonBarFormat.of("X").withTimeOffset(Duration.ofDays(1));
        assertSecondIsABadRow(2, p -> format.withPolicy(p).open("bars.json", in(JSON)),
                s -> ((JsonBarSource) s).skippedRows().count());
    }

    @Test
    void aBarPeriodLongerThanNanosecondsHoldIsRefusedNamingIt() {
        MarketDataSource none = MarketDataSource.of(List.<MarketEvent>of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeBarAggregator(none, Duration.ofDays(200_000)));
        assertTrue(e.getMessage().startsWith("period must be at most"), e.getMessage());
    }

    @Test
    void aTradeInTheLastPeriodBeforeTheEndIsRefusedNamingItInsteadOfOverflowing() {
        long last = Long.MAX_VALUE - 1;
        MarketDataSource trades = MarketDataSource.of(List.<MarketEvent>of(new TradeTick("X", last, 1, 1, Aggressor.UNKNOWN)));
        TimeBarAggregator bars = new TimeBarAggregator(trades, Duration.ofMinutes(5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bars::hasNext);
        assertTrue(e.getMessage().contains("ends after the last time epoch nanoseconds hold"), e.getMessage());
    }
}
