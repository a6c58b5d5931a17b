package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        tracker = new ParityTrackerRegistry(ParitySettings.DEFAULTS.withDataFolder(dir).withAlertLogFolder(dir),
                Clock.systemUTC(), List.of()).tracker("s");
    }

    @Test
    void aLiveExecutionForACompletedTradeIsRejectedAndTheFirstIsKept() {
        tracker.recordBacktest(backtest("t", Side.BUY, 1, 50_000, T, 5));
        TradeComparison first = tracker.recordLive(live("t", 50_015, T, 7.5, 0.0003, 125)).orElseThrow();

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
        assertThrows(IllegalArgumentException.class, () -> live("t", 100, T, 0, 1.0, 1));
        assertEquals("latency must be >= 0, was PT-0.001S", assertThrows(IllegalArgumentException.class,
                () -> new LiveExecution("t", 100, T, 0, 0, Duration.ofMillis(-1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> live(" ", 100, T, 0, 0, 1));
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
