package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TradeComparisonTest {

    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void buyFilledHigherLiveIsPositiveThreeBps() {
        // +1 * (50,015 - 50,000) / 50,000 * 10,000 = +3.0 bps
        TradeComparison trade = TradeComparison.of(backtest("t", Side.BUY, 1, 50_000, T, 5),
                live("t", 50_015, T.plusMillis(200), 7.5, 3, 125));
        assertEquals(3.0, trade.priceDifferenceBps(), 1e-9);
    }

    @Test
    void sellFilledLowerLiveIsPositive() {
        // -1 * (99.9 - 100) / 100 * 10,000 = +10.0 bps
        TradeComparison trade = TradeComparison.of(backtest("t", Side.SELL, 2, 100, T, 0),
                live("t", Side.SELL, 99.9, T, 0, 0, 0));
        assertEquals(10.0, trade.priceDifferenceBps(), 1e-9);
    }

    @Test
    void buyFilledLowerLiveIsNegative() {
        TradeComparison trade = TradeComparison.of(backtest("t", Side.BUY, 1, 100, T, 0),
                live("t", 99.95, T, 0, 0, 0));
        assertEquals(-5.0, trade.priceDifferenceBps(), 1e-9);
    }

    @Test
    void feeDifferenceIsInBpsOfBacktestNotional() {
        // (3.0 - 1.0) / (2 * 100) * 10,000 = 100 bps
        TradeComparison trade = TradeComparison.of(backtest("t", Side.SELL, 2, 100, T, 1.0),
                live("t", Side.SELL, 100, T, 3.0, 0, 0));
        assertEquals(100.0, trade.feeDifferenceBps(), 1e-9);
    }

    @Test
    void timingDifferenceIsLiveMinusBacktestInMilliseconds() {
        TradeComparison trade = TradeComparison.of(backtest("t", Side.BUY, 1, 100, T, 0),
                live("t", 100, T.minusNanos(1_500_000), 0, 0, 0));
        assertEquals(-1.5, trade.timingDifferenceMillis(), 1e-12);
    }

    @Test
    void timesCenturiesApartAndLongLatenciesAreMeasuredWithoutOverflow() {
        // More than 292 years of nanoseconds do not fit a long; milliseconds in a double do. A
        // latency is a long of nanoseconds (Fill), so the longest is Long.MAX_VALUE ns, about 292 years.
        long days = ChronoUnit.DAYS.between(LocalDate.of(1700, 1, 1), LocalDate.of(2024, 1, 1));
        Instant live = Instant.parse("2024-01-01T00:00:00.0015Z");
        TradeComparison trade = TradeComparison.of(
                backtest("t", Side.BUY, 1, 100, Instant.parse("1700-01-01T00:00:00Z"), 0),
                new Fill("t", "BTCUSDT", Side.BUY, 100.1, 1, 0, FillType.TAKER, Long.MAX_VALUE, 0,
                        EpochNanos.of(live), false));
        double delayMillis = days * 86_400_000.0 + 1.5;
        assertEquals(delayMillis, trade.timingDifferenceMillis(), 0);
        double latencyMillis = 9_223_372_036_854.775807;
        assertEquals(latencyMillis, trade.live().latencyMillis(), 1e-3);
        // the latency is shorter than the 324-year delay: its share of the 10 bps drift is timing
        assertEquals(10.0 * latencyMillis / delayMillis, trade.attribution().timingBps(), 1e-9);
    }

    @Test
    void executionsOfDifferentTradesCannotBeCompared() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TradeComparison.of(backtest("a", Side.BUY, 1, 100, T, 0), live("b", 100, T, 0, 0, 0)));
        assertEquals("live.orderId must equal backtest.orderId 'a', was 'b'", e.getMessage());
    }
}
