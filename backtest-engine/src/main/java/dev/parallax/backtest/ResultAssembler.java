package dev.parallax.backtest;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.AccountOutcome;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.EquitySeries;
import dev.parallax.backtest.result.RegimeSummary;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.metrics.CalendarReturns;
import dev.parallax.metrics.ClosedTrade;
import dev.parallax.metrics.EquityCurve;
import dev.parallax.metrics.MetricOptions;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.core.ExecutionStatistics;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns the state of a finished (or failed) run into a {@link BacktestResult}. */
final class ResultAssembler {

    private ResultAssembler() {
    }

    static BacktestResult assemble(String strategy, BacktestConfig config, Portfolio portfolio, EquitySeries equity,
                                   List<Fill> fills, long events, long first, long last,
                                   ExecutionStatistics execution, AccountOutcome account) {
        int[] ends = dayEnds(equity, config.zone());
        long[] dayTimes = new long[ends.length];
        double[] dailyEquity = new double[ends.length];
        for (int i = 0; i < ends.length; i++) {
            dayTimes[i] = equity.timeAt(ends[i]);
            dailyEquity[i] = equity.valueAt(ends[i]);
        }
        double[] returns = dailyReturns(config.initialCash(), dailyEquity);
        if (account.ruined()) {
            ruinReturns(dayTimes, returns, account.ruinedAtNanos().getAsLong());
        }
        MetricOptions options = MetricOptions.ofPeriodsPerYear(config.periodsPerYear());
        CalendarReturns calendar = CalendarReturns.of(dayTimes, returns, config.zone());
        List<TradeRecord> trades = portfolio.trades();
        List<ClosedTrade> closed = trades.stream().map(TradeRecord::toClosedTrade).toList();
        return new BacktestResult(strategy, config.initialCash(), portfolio.cash(), portfolio.equity(),
                portfolio.realizedPnl(), portfolio.unrealizedPnl(), portfolio.fees(), events, first, last, fills,
                trades, portfolio.openPositions(), equity, dayTimes, returns, PerformanceReport.of(returns, options),
                TradeStats.of(closed), calendar.months(), calendar.years(), byRegime(trades, closed), execution, account);
    }

    /**
     * The statistics of the trades entered in each regime, in {@link Regime} order, each regime's
     * trades in the order they closed; {@code closed} holds {@code trades} as the metrics module's
     * trades, index for index, so each trade is converted once.
     */
    private static List<RegimeSummary> byRegime(List<TradeRecord> trades, List<ClosedTrade> closed) {
        List<RegimeSummary> out = new ArrayList<>();
        for (Regime regime : Regime.values()) {
            List<ClosedTrade> subset = new ArrayList<>();
            for (int i = 0; i < trades.size(); i++) {
                if (trades.get(i).regimeAtEntry() == regime) {
                    subset.add(closed.get(i));
                }
            }
            out.add(new RegimeSummary(regime, TradeStats.of(subset)));
        }
        return out;
    }

    /** Index of the last point of each day; the array grows with the days, not the points. */
    private static int[] dayEnds(EquitySeries equity, ZoneId zone) {
        int n = equity.size();
        int[] ends = new int[16];
        int count = 0;
        LocalDays days = new LocalDays(zone);
        long day = n == 0 ? 0 : days.epochDay(equity.timeAt(0));
        for (int i = 0; i < n; i++) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            if (i == n - 1) {
                ends[count++] = i;
                break;
            }
            long nextDay = days.epochDay(equity.timeAt(i + 1));
            if (day != nextDay) {
                ends[count++] = i;
            }
            day = nextDay;
        }
        return Arrays.copyOf(ends, count);
    }

    /**
     * Makes the day of ruin (the first day ending at or after {@code ruinedAtNanos}) return -1 and
     * every later day 0, whatever the equity after the positions were closed: the account lost all
     * of its capital that day and traded no more. A day before it that already returned -1 (equity
     * at or below zero at a day's end comes first) is left as it is.
     */
    static void ruinReturns(long[] dayTimes, double[] returns, long ruinedAtNanos) {
        for (int i = 0; i < returns.length; i++) {
            if (returns[i] == -1.0) {
                return;
            }
            if (dayTimes[i] >= ruinedAtNanos) {
                returns[i] = -1.0;
                Arrays.fill(returns, i + 1, returns.length, 0.0);
                return;
            }
        }
    }

    /** Close-to-close returns of the daily equity, from {@code initial}, until ruin ({@link EquityCurve#toReturnsUntilRuin}). */
    static double[] dailyReturns(double initial, double[] dailyEquity) {
        double[] curve = new double[dailyEquity.length + 1];
        curve[0] = initial;
        System.arraycopy(dailyEquity, 0, curve, 1, dailyEquity.length);
        return EquityCurve.toReturnsUntilRuin(curve);
    }
}
