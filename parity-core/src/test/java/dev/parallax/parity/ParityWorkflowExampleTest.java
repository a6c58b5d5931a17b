package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed design's example, replayed end to end, with every figure of the daily report worked
 * out by hand in the comments.
 */
class ParityWorkflowExampleTest {

    private static final double EXACT = 1e-9;
    private static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everyFigureOfTheDailyReportMatchesTheHandComputation() {
        ParityTrackerRegistry registry = new ParityTrackerRegistry(
                ParitySettings.builder().dataFolder(dir.resolve("data")).alertLogFolder(dir.resolve("logs")).build(),
                Clock.fixed(T.plusSeconds(60), ZoneOffset.UTC), List.of());
        ParityTracker tracker = registry.tracker("btc-momentum");

        // Backtest: buy 1 BTC at 50,000 with fee 5.0. Live: 50,015 200 ms later, fee 7.5,
        // reported slippage 0.0003 (3 bps), latency 125 ms.
        tracker.recordBacktest(backtest("T-1", Side.BUY, 1.0, 50_000, T, 5.0));
        TradeComparison trade = tracker.recordLive(live("T-1", 50_015, T.plusMillis(200), 7.5, 3, 125))
                .orElseThrow();
        // A second trade the live account has not executed (yet): reported, not dropped.
        tracker.recordBacktest(backtest("T-2", Side.SELL, 0.5, 50_100, T.plusSeconds(30), 2.5));
        // Daily returns of three days, backtest vs live (fractions).
        tracker.recordBacktestReturn(DAY.minusDays(2), 0.010);
        tracker.recordLiveReturn(DAY.minusDays(2), 0.008);
        tracker.recordBacktestReturn(DAY.minusDays(1), -0.005);
        tracker.recordLiveReturn(DAY.minusDays(1), -0.006);
        tracker.recordBacktestReturn(DAY, 0.002);
        tracker.recordLiveReturn(DAY, 0.001);

        // Per trade.
        // price difference = +1 * (50,015 - 50,000) / 50,000 * 10,000 = 15 / 5 = +3.0 bps
        assertEquals(3.0, trade.priceDifferenceBps(), EXACT);
        // fee difference = (7.5 - 5.0) / (50,000 * 1) * 10,000 = 2.5 / 5 = 0.5 bps
        assertEquals(0.5, trade.feeDifferenceBps(), EXACT);
        // timing difference = 10:00:00.200 - 10:00:00.000 = 200 ms
        assertEquals(200.0, trade.timingDifferenceMillis(), EXACT);
        // total = (15 + 2.5) / 50,000 * 10,000 = 3.5 bps
        assertEquals(3.5, trade.totalDifferenceBps(), EXACT);

        DailyParityReport report = tracker.dailyReport(DAY);
        assertEquals("btc-momentum", report.strategy());
        assertEquals(DAY, report.date());
        assertEquals(ZoneOffset.UTC, report.zone());
        assertEquals(1, report.matchedTrades());
        // One difference: tracking error is its absolute value |3.0| = 3.0; mean 3.0; sample sd
        // needs two points, so 0; the largest absolute difference is 3.0.
        assertEquals(3.0, report.trackingErrorBps(), EXACT);
        assertEquals(3.0, report.priceDifferences().meanBps(), EXACT);
        assertEquals(0.0, report.priceDifferences().stdDevBps(), EXACT);
        assertEquals(3.0, report.priceDifferences().maxAbsoluteBps(), EXACT);
        // Attribution, bps of the backtest notional 50,000:
        // reference price R = 50,015 / (1 + 0.0003) = 50,000
        // slippage = (50,015 - R) / 50,000 * 10,000 = 3.0
        assertEquals(3.0, report.attribution().slippageBps(), EXACT);
        // fee = (7.5 - 5.0) / 50,000 * 10,000 = 0.5
        assertEquals(0.5, report.attribution().feeBps(), EXACT);
        // drift R - 50,000 = 0, so timing = (125 / 200) * 0 = 0
        assertEquals(0.0, report.attribution().timingBps(), EXACT);
        // market impact = total - slippage - fee - timing = 3.5 - 3.0 - 0.5 - 0 = 0
        assertEquals(0.0, report.attribution().marketImpactBps(), EXACT);
        assertEquals(3.5, report.attribution().totalBps(), EXACT);
        assertEquals(report.attribution().totalBps(), report.attribution().sumOfComponentsBps(), 1e-12);
        // P&L difference = live cost - backtest cost = 3.5 bps
        assertEquals(3.5, report.pnlDifferenceBps(), EXACT);
        // Latency 125 ms (mean and max of one trade); timing difference 200 ms.
        assertEquals(125.0, report.meanLatencyMillis(), EXACT);
        assertEquals(125.0, report.maxLatencyMillis(), EXACT);
        assertEquals(200.0, report.meanTimingDifferenceMillis(), EXACT);
        // Cumulative drift, 7 days ending 2024-01-15: only this day has trades -> 3.5 bps
        assertEquals(3.5, report.cumulativeDriftBps(), EXACT);
        // Returns in bps: backtest b = [100, -50, 20], live l = [80, -60, 10].
        // Pearson: means 70/3 and 10; deviations times 3: b' = [230, -220, -10], l' = [210, -210, 0]
        // r = sum(b'l') / sqrt(sum(b'^2) sum(l'^2)) = 94,500 / sqrt(101,400 * 88,200) = 0.99926...
        assertEquals(3, report.returns().days());
        assertEquals(94_500 / Math.sqrt(101_400.0 * 88_200.0), report.returns().correlation(), 1e-12);
        // DTW with |b_i - l_j|: diagonal path 20 + 10 + 10 = 40 is the cheapest (see ReturnComparisonTest)
        assertEquals(40.0, report.returns().dtwDistanceBps(), EXACT);
        // One-sided: T-2 backtest only.
        assertEquals(List.of("T-2"), report.unmatched().backtestOnly());
        assertEquals(List.of(), report.unmatched().liveOnly());
        assertEquals(1, report.unmatched().count());

        // One trade is below the 10 needed to judge tracking error, no limit is breached.
        assertEquals(ParityStatus.ACTIVE, tracker.status());
        assertFalse(tracker.isDisabled());
        // Dashboard summary as of the clock's day.
        ParitySummary summary = tracker.summary();
        assertEquals(DAY, summary.asOf());
        assertEquals(ParityStatus.ACTIVE, summary.status());
        assertFalse(summary.disabled());
        assertEquals("", summary.disableReason());
        assertEquals(1, summary.completedTrades());
        assertEquals(1, summary.unmatchedBacktestTrades());
        assertEquals(0, summary.unmatchedLiveTrades());
        // one day with trades in the trailing 7: its tracking error 3.0; drift 3.5
        assertEquals(3.0, summary.recentAverageTrackingErrorBps(), EXACT);
        assertEquals(3.5, summary.cumulativeDriftBps(), EXACT);
    }

    @Test
    void aDayWithNothingRecordedReportsZeros() {
        ParityTracker tracker = new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir)
                .alertLogFolder(dir).build(), Clock.systemUTC(), List.of()).tracker("quiet");
        DailyParityReport report = tracker.dailyReport(DAY);
        assertEquals(0, report.matchedTrades());
        assertEquals(0.0, report.trackingErrorBps());
        assertEquals(CostAttribution.ZERO, report.attribution());
        assertEquals(0.0, report.cumulativeDriftBps());
        assertEquals(ReturnComparison.EMPTY.days(), report.returns().days());
        assertEquals(UnmatchedTrades.NONE, report.unmatched());
    }

    @Test
    void theReportDayFollowsTheConfiguredZone() {
        // 23:30 UTC on the 15th is 08:30 on the 16th in Tokyo.
        ParityTracker tracker = new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir)
                .alertLogFolder(dir).zone(java.time.ZoneId.of("Asia/Tokyo")).build(), Clock.systemUTC(), List.of())
                .tracker("tokyo");
        Instant lateUtc = Instant.parse("2024-01-15T23:30:00Z");
        Trades.recordWithDifference(tracker, "x", lateUtc, 1.0);
        assertEquals(0, tracker.dailyReport(DAY).matchedTrades());
        assertEquals(1, tracker.dailyReport(DAY.plusDays(1)).matchedTrades());
    }
}
