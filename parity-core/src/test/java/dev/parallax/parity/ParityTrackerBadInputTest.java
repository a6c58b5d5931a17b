package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityTrackerBadInputTest {

    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    @TempDir
    Path dir;

    private ParityTracker tracker;

    @BeforeEach
    void createTracker() {
        tracker = new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir).alertLogFolder(dir).build(),
                Clock.systemUTC(), List.of()).tracker("s");
    }

    @Test
    void aLiveExecutionForACompletedTradeIsRejectedAndTheFirstIsKept() {
        tracker.recordBacktest(backtest("t", Side.BUY, 1, 50_000, T, 5));
        TradeComparison first = tracker.recordLive(live("t", 50_015, T, 7.5, 3, 125)).orElseThrow();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordLive(live("t", 60_000, T, 7.5, 0, 125)));
        assertEquals("trade 't' is already completed; a second live execution is rejected and the recorded one "
                + "is kept", e.getMessage());
        assertEquals(first, tracker.trade("t").orElseThrow());
        assertEquals(1, tracker.completedTrades());
        assertEquals(3.0, tracker.dailyReport(LocalDate.of(2024, 1, 15)).trackingErrorBps(), 1e-9);
    }

    @Test
    void aSecondBacktestExecutionOfATradeIsRejected() {
        tracker.recordBacktest(backtest("t", Side.BUY, 1, 100, T, 0));
        assertThrows(IllegalArgumentException.class, () -> tracker.recordBacktest(backtest("t", Side.SELL, 1, 100, T, 0)));
        assertEquals(List.of("t"), tracker.unmatched().backtestOnly());
    }

    @Test
    void aSecondLiveExecutionWaitingForItsBacktestIsRejected() {
        tracker.recordLive(live("t", 100, T, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> tracker.recordLive(live("t", 101, T, 0, 0, 1)));
        assertEquals(List.of("t"), tracker.unmatched().liveOnly());
    }

    @Test
    void liveRecordedBeforeTheBacktestIsMatchedWhenTheBacktestArrives() {
        tracker.recordLive(live("t", 100.03, T, 0, 0, 1));
        assertEquals(1, tracker.unmatched().liveOnlyCount());
        TradeComparison trade = tracker.recordBacktest(backtest("t", Side.BUY, 1, 100, T, 0)).orElseThrow();
        assertEquals(3.0, trade.priceDifferenceBps(), 1e-9);
        assertEquals(UnmatchedTrades.NONE, tracker.unmatched());
    }

    @Test
    void oneSidedTradesAreReportedWithCountsAndIds() {
        tracker.recordBacktest(backtest("b2", Side.BUY, 1, 100, T, 0));
        tracker.recordBacktest(backtest("b1", Side.BUY, 1, 100, T, 0));
        tracker.recordLive(live("l1", 100, T.plus(Duration.ofDays(1)), 0, 0, 1));
        UnmatchedTrades all = tracker.unmatched();
        assertEquals(List.of("b1", "b2"), all.backtestOnly());
        assertEquals(List.of("l1"), all.liveOnly());
        assertEquals(3, all.count());
        assertEquals(List.of("l1"), tracker.dailyReport(LocalDate.of(2024, 1, 16)).unmatched().liveOnly());
        assertEquals(2, tracker.summary(LocalDate.of(2024, 1, 16)).unmatchedBacktestTrades());
    }

    @Test
    void negativeSizesAreRejectedWithFieldValueAndRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> backtest("t", Side.BUY, -3, 100, T, 0));
        assertEquals("size must be a finite number > 0, was -3.0", e.getMessage());
    }

    @Test
    void nanPricesAreRejectedOnBothSides() {
        assertEquals("price must be a finite number > 0, was NaN", assertThrows(IllegalArgumentException.class,
                () -> backtest("t", Side.BUY, 1, Double.NaN, T, 0)).getMessage());
        assertEquals("price must be a finite number > 0, was NaN", assertThrows(IllegalArgumentException.class,
                () -> live("t", Double.NaN, T, 0, 0, 1)).getMessage());
    }

    @Test
    void impossibleSlippageAndNegativeLatencyAreRejected() {
        // 10,000 bps is the old fraction 1.0: the reference price would be the fill price / 2 or / 0
        assertThrows(IllegalArgumentException.class, () -> tracker.recordLive(live("t", 100, T, 0, 10_000, 1)));
        assertEquals("latencyNanos must be >= 0, was -1000000", assertThrows(IllegalArgumentException.class,
                () -> live("t", 100, T, 0, 0, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> live(" ", 100, T, 0, 0, 1));
        assertEquals(0, tracker.unmatched().liveOnlyCount());
    }

    @Test
    void aSlippageOfTenThousandBpsOrMoreIsRefusedNamingTheFillAndNothingIsRecorded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordLive(live("t", Side.SELL, 100, T, 0, -10_000, 1)));
        assertEquals("slippageBps of live fill 't' must lie strictly between -10000 and 10000 (a move of less "
                + "than 100% of the reference price), was -10000.0", e.getMessage());
        assertEquals(0, tracker.unmatched().liveOnlyCount());
        assertEquals(java.util.Optional.empty(), tracker.recordLive(live("t", Side.SELL, 100, T, 0, 9_999, 1)));
    }

    @Test
    void aLiveFillOfAnotherSymbolThanItsBacktestTwinIsRefusedNamingBothAndNothingIsRecorded() {
        tracker.recordBacktest(backtest("t", Side.BUY, 1, 100, T, 0));
        Fill eth = new Fill("t", "ETHUSDT", Side.BUY, 100, 1, 0, FillType.TAKER, 0, 0, EpochNanos.of(T), false);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.recordLive(eth));

        assertEquals("trade 't': the live fill's symbol 'ETHUSDT' differs from the backtest fill's 'BTCUSDT'; a "
                + "trade's two fills must be of one symbol and side. The live fill is not recorded", e.getMessage());
        assertEquals(List.of("t"), tracker.unmatched().backtestOnly());
        assertEquals(0, tracker.unmatched().liveOnlyCount());
        assertEquals(0, tracker.completedTrades());
        assertTrue(tracker.recordLive(live("t", 100, T, 0, 0, 1)).isPresent(), "the right twin still completes it");
    }

    @Test
    void aBacktestFillOfAnotherSideThanItsLiveTwinIsRefusedNamingBothAndNothingIsRecorded() {
        tracker.recordLive(live("t", Side.SELL, 100, T, 0, 0, 1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordBacktest(backtest("t", Side.BUY, 1, 100, T, 0)));

        assertEquals("trade 't': the live fill's side SELL differs from the backtest fill's BUY; a trade's two "
                + "fills must be of one symbol and side. The backtest fill is not recorded", e.getMessage());
        assertEquals(List.of("t"), tracker.unmatched().liveOnly());
        assertEquals(0, tracker.unmatched().backtestOnlyCount());
        assertEquals(0, tracker.completedTrades());
    }

    @Test
    void aBacktestWhoseNotionalIsNotAFiniteNumberIsRejected() {
        // 1e200 * 1e200 overflows to +Infinity and 1e-200 * 1e-200 underflows to 0: every bps
        // figure is a share of this notional, so neither can be compared with anything.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordBacktest(backtest("t", Side.BUY, 1e200, 1e200, T, 0)));
        assertEquals("notional (price * size, the base of every bps figure) must be a finite number > 0, "
                + "was 1.0E200 * 1.0E200 = Infinity", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> tracker.recordBacktest(backtest("t", Side.BUY, 1e-200, 1e-200, T, 0)));
        assertEquals(0, tracker.unmatched().backtestOnlyCount());
    }

    @Test
    void aTradeThatWouldOverflowTheDaysTotalsIsRejectedAndTheDayKeepsItsReport() {
        // Each trade: notional 1e304, live 9,000 bps worse, so 9e307 of weighted total a trade;
        // two of them overflow a double (max about 1.8e308).
        tracker.recordBacktest(backtest("a", Side.BUY, 1, 1e304, T, 0));
        tracker.recordLive(live("a", 1.9e304, T, 0, 0, 1));
        tracker.recordBacktest(backtest("b", Side.BUY, 1, 1e304, T, 0));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordLive(live("b", 1.9e304, T, 0, 0, 1)));
        assertEquals("trade 'b' cannot be added to the totals of 2024-01-15: they would no longer be finite "
                + "numbers; check its prices, size and fees. The live execution is not recorded", e.getMessage());

        assertEquals(1, tracker.completedTrades());
        assertEquals(List.of("b"), tracker.unmatched().backtestOnly());
        DailyParityReport report = tracker.dailyReport(LocalDate.of(2024, 1, 15));
        assertEquals(1, report.matchedTrades());
        assertEquals(9_000.0, report.pnlDifferenceBps(), 1e-6);
    }

    @Test
    void aTradeWhoseFiguresAreNotFiniteIsRejectedNamingTheTrade() {
        // live price 1e300 against a backtest price of 1e-10: the difference is 1e314 bps
        tracker.recordBacktest(backtest("t", Side.BUY, 1e10, 1e-10, T, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordLive(live("t", 1e300, T, 0, 0, 1)));
        assertEquals("trade 't' cannot be compared: its figures in bps of the backtest notional are not finite "
                + "numbers (timingBps must be a finite number, was NaN) from backtest price 1.0E-10, size 1.0E10, "
                + "fee 0.0 and live price 1.0E300, fee 0.0. The live execution is not recorded", e.getMessage());
        assertEquals(List.of("t"), tracker.unmatched().backtestOnly());
        assertEquals(0, tracker.completedTrades());
    }

    @Test
    void aMissingTradeIdIsRejectedAndAnUnknownOneIsEmpty() {
        assertEquals("tradeId must not be null",
                assertThrows(IllegalArgumentException.class, () -> tracker.trade(null)).getMessage());
        assertEquals(java.util.Optional.empty(), tracker.trade("never-recorded"));
    }

    @Test
    void badReturnsAreRejectedAndTheRecordedOneIsKept() {
        LocalDate day = LocalDate.of(2024, 1, 15);
        tracker.recordBacktestReturn(day, 0.01);
        tracker.recordLiveReturn(day, 0.02);
        assertThrows(IllegalArgumentException.class, () -> tracker.recordBacktestReturn(day, 0.5));
        assertThrows(IllegalArgumentException.class, () -> tracker.recordLiveReturn(day.plusDays(1), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> tracker.recordLiveReturn(day.plusDays(1), -1.0));
        assertEquals(1, tracker.dailyReport(day).returns().days());
    }
}
