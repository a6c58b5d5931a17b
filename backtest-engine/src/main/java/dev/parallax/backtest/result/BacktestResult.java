package dev.parallax.backtest.result;

import dev.parallax.metrics.MonthlyReturn;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import dev.parallax.metrics.YearlyReturn;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.core.ExecutionStatistics;
import java.util.List;
import java.util.Map;

/**
 * Everything a backtest produced. Metrics come from the metrics module, computed on the daily equity
 * (last equity of each trading day in the configured zone, the starting cash before the first
 * day), so backtest and live are measured the same way.
 *
 * @param strategy        class name of the strategy
 * @param initialCash     starting cash
 * @param finalCash       cash at the end
 * @param finalEquity     equity at the end, open positions marked at their last prices
 * @param realizedPnl     price P&L of closed position parts, before fees
 * @param unrealizedPnl   price P&L of open positions at the end
 * @param totalFees       every fee paid
 * @param events          market events processed
 * @param firstEventNanos time of the first event (0 when there was none)
 * @param lastEventNanos  time of the last event (0 when there was none)
 * @param fills           every fill in the order the strategy received them (empty when not kept)
 * @param trades          every closed trade, in the order they closed
 * @param openPositions   positions still open at the end, by symbol
 * @param equity          the equity curve
 * @param dailyTimesNanos time of each trading day's last equity point
 * @param dailyReturns    simple returns of daily equity, one per entry of {@code dailyTimesNanos}
 * @param performance     return metrics of {@code dailyReturns}
 * @param tradeStats      statistics of {@code trades} (net P&L)
 * @param monthlyReturns  compounded return of each calendar month
 * @param yearlyReturns   compounded return of each calendar year
 * @param regimes         trade statistics by the regime at entry, in {@code Regime} order
 * @param execution       the simulator's execution statistics
 * @param account         orders the account rejected, and when it was ruined if it was
 */
public record BacktestResult(String strategy, double initialCash, double finalCash, double finalEquity,
                             double realizedPnl, double unrealizedPnl, double totalFees, long events,
                             long firstEventNanos, long lastEventNanos, List<Fill> fills, List<TradeRecord> trades,
                             Map<String, Double> openPositions, EquitySeries equity, long[] dailyTimesNanos,
                             double[] dailyReturns,
                             PerformanceReport performance, TradeStats tradeStats, List<MonthlyReturn> monthlyReturns,
                             List<YearlyReturn> yearlyReturns, List<RegimeSummary> regimes,
                             ExecutionStatistics execution, AccountOutcome account) {

    /** Copies the collections so the result cannot change under its reader. */
    public BacktestResult {
        fills = List.copyOf(fills);
        trades = List.copyOf(trades);
        openPositions = Map.copyOf(openPositions);
        if (dailyTimesNanos.length != dailyReturns.length) {
            throw new IllegalArgumentException("dailyTimesNanos and dailyReturns must have the same length, were "
                    + dailyTimesNanos.length + " and " + dailyReturns.length);
        }
        dailyTimesNanos = dailyTimesNanos.clone();
        dailyReturns = dailyReturns.clone();
        monthlyReturns = List.copyOf(monthlyReturns);
        yearlyReturns = List.copyOf(yearlyReturns);
        regimes = List.copyOf(regimes);
        if (account == null) {
            throw new IllegalArgumentException("account must not be null; use AccountOutcome.CLEAN");
        }
    }

    /** The time of each trading day's last equity point (a copy). */
    @Override
    public long[] dailyTimesNanos() {
        return dailyTimesNanos.clone();
    }

    /** The simple returns of daily equity (a copy). */
    @Override
    public double[] dailyReturns() {
        return dailyReturns.clone();
    }

    /**
     * {@code finalEquity / initialCash - 1}, but never below -1: an account cannot lose more than all
     * of its capital as a return. Equity below zero (a leveraged loss, or a fill that cost more than
     * its estimate) shows in {@link #finalEquity()}, and the run is then ruined ({@code account}).
     */
    public double totalReturn() {
        return Math.max(-1.0, finalEquity / initialCash - 1.0);
    }
}
