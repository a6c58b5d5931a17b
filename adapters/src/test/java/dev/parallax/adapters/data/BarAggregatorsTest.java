package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarAggregatorsTest {

    private static final long S = 1_000_000_000L;

    private static TradeTick trade(long seconds, double price, double size) {
        return new TradeTick("X", seconds * S, price, size, Aggressor.UNKNOWN);
    }

    private static MarketDataSource trades() {
        return MarketDataSource.of(List.of(trade(0, 10, 1), trade(30, 12, 2), trade(59, 11, 1), trade(60, 9, 4),
                trade(200, 10, 1)));
    }

    @Test
    void timeBarsEndAtTheirPeriodBoundaryAndEmptyPeriodsHaveNoBar() {
        try (MarketDataSource bars = new TimeBarAggregator(trades(), Duration.ofMinutes(1))) {
            assertEquals(new Bar("X", 60 * S, 10, 12, 10, 11, 4), bars.next());
            assertEquals(new Bar("X", 120 * S, 9, 9, 9, 9, 4), bars.next());
            assertEquals(new Bar("X", 240 * S, 10, 10, 10, 10, 1), bars.next());
            assertFalse(bars.hasNext());
        }
    }

    @Test
    void volumeBarsCloseWithTheTradeThatReachesTheThresholdAndTheLastPartialBarIsKept() {
        try (MarketDataSource bars = ActivityBarAggregator.volume(trades(), 3)) {
            // 1 + 2 = 3 at t=30
            assertEquals(new Bar("X", 30 * S, 10, 12, 10, 12, 3), bars.next());
            // 1 + 4 = 5 at t=60
            assertEquals(new Bar("X", 60 * S, 11, 11, 9, 9, 5), bars.next());
            // the remaining trade, 1 < 3
            assertEquals(new Bar("X", 200 * S, 10, 10, 10, 10, 1), bars.next());
            assertFalse(bars.hasNext());
        }
    }

    @Test
    void dollarBarsCountPriceTimesSize() {
        try (MarketDataSource bars = ActivityBarAggregator.dollar(trades(), 40)) {
            // 10 + 24 = 34 < 40; + 11 = 45 at t=59
            assertEquals(new Bar("X", 59 * S, 10, 12, 10, 11, 4), bars.next());
            // 36 < 40; + 10 = 46 at t=200
            assertEquals(new Bar("X", 200 * S, 9, 10, 9, 10, 5), bars.next());
            assertFalse(bars.hasNext());
        }
    }

    @Test
    void aggregatingAnythingButTradesOfOneSymbolInTimeOrderIsAnError() {
        MarketDataSource quotes = MarketDataSource.of(List.of(new Quote("X", 0, 1, 2, 1, 1)));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new TimeBarAggregator(quotes, Duration.ofMinutes(1)).next()).getMessage().contains("trades only"));
        MarketDataSource twoSymbols = MarketDataSource.of(List.of(trade(0, 1, 1),
                new TradeTick("Y", 1, 1, 1, Aggressor.UNKNOWN)));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ActivityBarAggregator.volume(twoSymbols, 10).next()).getMessage().contains("one symbol"));
        MarketDataSource backwards = MarketDataSource.of(List.of(trade(10, 1, 1), trade(5, 1, 1)));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ActivityBarAggregator.volume(backwards, 10).next()).getMessage().contains("time order"));
        assertThrows(IllegalArgumentException.class, () -> new TimeBarAggregator(trades(), Duration.ZERO));
    }
}
