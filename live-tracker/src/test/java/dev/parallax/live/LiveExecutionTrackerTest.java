package dev.parallax.live;

import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.metrics.ClosedTrade;
import dev.parallax.metrics.MetricOptions;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveExecutionTrackerTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-06T23:00:00Z"));
    private LiveExecutionTracker tracker;

    @BeforeEach
    void openTracker() {
        tracker = Trackers.open(Trackers.settings(dir), clock);
    }

    @AfterEach
    void closeTracker() {
        tracker.close();
    }

    @Test
    void afterCloseTheFiguresInMemoryAreStillReadButHistoryFromTheStoreIsRefused() {
        recordFirstDay();
        double equity = tracker.account().equity();
        assertEquals(2, tracker.trades().size());
        tracker.close();

        assertEquals(equity, tracker.account().equity());
        assertTrue(tracker.openPositions().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, tracker::trades);
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        assertThrows(IllegalStateException.class, tracker::performance);
        assertThrows(IllegalStateException.class, () -> tracker.trade("T1"));
    }

    /** Day 1 of the worked example in the package description; figures worked out by hand below. */
    private void recordFirstDay() {
        tracker.recordEntry(buy("T1", 1.0, 100, 1.0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(110, at("2024-03-04T09:30:00Z")));
        tracker.recordExit(exit("T1", 0.4, 110, 0.5, at("2024-03-04T10:00:00Z")));
        tracker.recordEntry(LiveEntry.of("T2", "ETH/USD", Side.SELL, 2, 50, 0.2, at("2024-03-04T11:00:00Z")));
        tracker.recordExit(exit("T1", 0.6, 105, 0.5, at("2024-03-04T12:00:00Z")));
        tracker.mark(new PriceMark("ETH/USD", 45, at("2024-03-04T13:00:00Z")));
        tracker.recordExit(exit("T2", "ETH/USD", Side.BUY, 2, 45, 0.2, at("2024-03-04T14:00:00Z")));
    }

    @Test
    void anEntryCostsItsFeeAndAMarkValuesTheOpenTrade() {
        tracker.recordEntry(buy("T1", 1.0, 100, 1.0, at("2024-03-04T09:00:00Z")));
        assertAccount(9_999, 9_999, -1, 0, 1);

        tracker.mark(mark(110, at("2024-03-04T09:30:00Z")));
        assertAccount(9_999, 10_009, -1, 10, 1);
        OpenPosition open = tracker.openPositions().get(0);
        assertEquals(110, open.lastPrice());
        assertEquals(10, open.unrealizedPnl(), EPS);
    }

    @Test
    void aPriceRecordedLateWithAnEarlierTimeDoesNotReplaceALaterOne() {
        tracker.recordEntry(buy("T1", 1.0, 100, 1.0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(110, at("2024-03-04T09:30:00Z")));
        tracker.mark(mark(90, at("2024-03-04T09:27:00Z")));     // late, inside the 5-minute skew
        assertEquals(110, tracker.openPositions().get(0).lastPrice());
        tracker.recordEntry(buy("T2", 1.0, 95, 0.0, at("2024-03-04T09:28:00Z")));  // a late fill's price neither
        assertEquals(List.of(110.0, 110.0), tracker.openPositions().stream().map(OpenPosition::lastPrice).toList());
        tracker.mark(mark(111, at("2024-03-04T09:30:00Z")));    // the same time: the one recorded last wins
        // T1 gains 11, T2 gains 16; fees 1
        assertAccount(9_999, 10_026, -1, 27, 1);

        tracker.close();
        tracker = Trackers.open(Trackers.settings(dir), clock);   // the replay from the store agrees
        assertEquals(List.of(111.0, 111.0), tracker.openPositions().stream().map(OpenPosition::lastPrice).toList());
        assertAccount(9_999, 10_026, -1, 27, 1);
    }

    @Test
    void aPartialExitRealisesItsShareAtTheEntryPriceAndLeavesTheRestOpen() {
        tracker.recordEntry(buy("T1", 1.0, 100, 1.0, at("2024-03-04T09:00:00Z")));
        tracker.recordExit(exit("T1", 0.4, 110, 0.5, at("2024-03-04T10:00:00Z")));

        // gross 0.4 * (110 - 100) = 4; fees 1 + 0.5; open 0.6 valued at the exit price 110
        assertAccount(10_002.5, 10_008.5, 2.5, 6, 1.5);
        TradeRecord t1 = tracker.trade("T1").orElseThrow();
        assertEquals(0.6, t1.openSize(), EPS);
        assertEquals(0.4, t1.exitedSize(), EPS);
        assertFalse(t1.closed());
        assertEquals(1, tracker.openPositions().size());
    }

    @Test
    void aDayOfLongAndShortTradesAddsUpToTheFiguresWorkedOutByHand() {
        recordFirstDay();

        // T1: gross 4 + 3, fees 2 -> 5; T2 (short 2 @ 50 -> 45): gross 10, fees 0.4 -> 9.6
        assertAccount(10_014.6, 10_014.6, 14.6, 0, 2.4);
        assertTrue(tracker.openPositions().isEmpty());
        TradeRecord t1 = tracker.trade("T1").orElseThrow();
        assertEquals(107, t1.averageExitPrice(), EPS);
        assertEquals(5, t1.realizedPnl(), EPS);
        assertEquals(2, t1.fees(), EPS);
        assertTrue(t1.closed());
        assertEquals(9.6, tracker.trade("T2").orElseThrow().realizedPnl(), EPS);
        assertEquals(List.of("T1", "T2"), tracker.trades().stream().map(TradeRecord::tradeId).toList());
    }

    @Test
    void performanceFiguresAreParityCoresFiguresOfTheSameTradesAndDailyEquity() {
        recordFirstDay();
        tracker.recordEntry(buy("T3", 1, 100, 0, at("2024-03-05T10:00:00Z")));
        tracker.recordExit(exit("T3", 1, 80, 0, at("2024-03-05T11:00:00Z")));
        tracker.recordEntry(buy("T4", 1, 80, 0, at("2024-03-06T10:00:00Z")));
        tracker.recordExit(exit("T4", 1, 90, 0, at("2024-03-06T11:00:00Z")));

        double[] equity = tracker.dailyEquity();
        assertEquals(4, equity.length);
        assertEquals(10_000, equity[0]);
        assertEquals(10_014.6, equity[1], EPS);
        assertEquals(9_994.6, equity[2], EPS);
        assertEquals(10_004.6, equity[3], EPS);

        List<ClosedTrade> closed = List.of(
                ClosedTrade.of(tracker.trade("T1").orElseThrow().realizedPnl(), at("2024-03-04T09:00:00Z"),
                        at("2024-03-04T12:00:00Z")),
                ClosedTrade.of(tracker.trade("T2").orElseThrow().realizedPnl(), at("2024-03-04T11:00:00Z"),
                        at("2024-03-04T14:00:00Z")),
                ClosedTrade.of(-20, at("2024-03-05T10:00:00Z"), at("2024-03-05T11:00:00Z")),
                ClosedTrade.of(10, at("2024-03-06T10:00:00Z"), at("2024-03-06T11:00:00Z")));
        LivePerformance performance = tracker.performance();
        assertEquals(TradeStats.of(closed), performance.trades());
        assertEquals(PerformanceReport.ofEquity(equity, MetricOptions.DEFAULT), performance.returns());
        assertEquals(0.75, performance.winRate());
        assertEquals((5 + 9.6 + 10) / 20, performance.profitFactor(), EPS);
        assertEquals(9_994.6 / 10_014.6 - 1, performance.maxDrawdown(), EPS);
        assertTrue(Double.isFinite(performance.sharpe()));
    }

    @Test
    void anAccountThatLostMoreThanItHadStillHasPerformanceFiguresAndASnapshot() {
        // short 100 @ 100 with no fee, marked at 250 the same day: equity 10,000 - 15,000 = -5,000
        tracker.recordEntry(Trackers.sell("S1", 100, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(250, at("2024-03-04T10:00:00Z")));
        // back to 180 the next day: equity 10,000 - 8,000 = 2,000, still after the ruin
        tracker.mark(mark(180, at("2024-03-05T10:00:00Z")));
        assertEquals(2_000, tracker.account().equity(), EPS);

        // as for a backtest: the day closing at or below zero is -100%, every later day 0
        LivePerformance performance = tracker.performance();
        assertEquals(2, performance.returns().periods());
        assertEquals(-1.0, performance.returns().totalReturn(), EPS);
        assertEquals(-1.0, performance.maxDrawdown(), EPS);
        assertEquals(performance, tracker.snapshot().performance());
    }

    @Test
    void aNewTrackerOnTheSameFileHoldsTheSameStateAndFigures() {
        recordFirstDay();
        tracker.recordEntry(buy("T3", 1, 100, 0.1, at("2024-03-05T10:00:00Z")));
        tracker.mark(mark(97.5, at("2024-03-05T11:00:00Z")));
        LiveSnapshot before = tracker.snapshot();
        long events = tracker.eventCount();
        tracker.close();

        tracker = Trackers.open(Trackers.settings(dir), clock);

        assertEquals(events, tracker.eventCount());
        assertEquals(before, tracker.snapshot());
        assertTrue(Files.exists(dir.resolve("btc-momentum_live.db")));
    }

    @Test
    void aReadWithoutEventsGivesTheInitialBalanceAndUndefinedFigures() {
        assertAccount(10_000, 10_000, 0, 0, 0);
        assertTrue(tracker.trades().isEmpty());
        assertTrue(tracker.dailySummaries().isEmpty());
        assertTrue(Double.isNaN(tracker.performance().winRate()));
        assertTrue(Double.isNaN(tracker.performance().sharpe()));
        assertTrue(tracker.trade("nope").isEmpty());
    }

    private void assertAccount(double balance, double equity, double realized, double unrealized, double fees) {
        AccountFigures a = tracker.account();
        assertEquals(balance, a.balance(), EPS, "balance");
        assertEquals(equity, a.equity(), EPS, "equity");
        assertEquals(realized, a.realizedPnl(), EPS, "realized");
        assertEquals(unrealized, a.unrealizedPnl(), EPS, "unrealized");
        assertEquals(fees, a.fees(), EPS, "fees");
        assertEquals(a.balance(), a.initialBalance() + a.realizedPnl(), EPS, "balance = initial + realised");
        assertEquals(a.equity(), a.balance() + a.unrealizedPnl(), EPS, "equity = balance + unrealised");
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
