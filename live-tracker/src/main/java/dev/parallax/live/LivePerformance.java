package dev.parallax.live;

import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;

/**
 * The live account's performance, computed by the metrics module exactly as for a backtest.
 *
 * @param trades  statistics of the closed trades in the order they closed ({@link TradeStats#of}):
 *                win rate, profit factor, expectancy, ...
 * @param returns return figures of the daily equity ({@link PerformanceReport#of}): Sharpe,
 *                Sortino, maximum drawdown, ...; the equity series is the initial balance followed
 *                by the ending equity of each trading day that has a recorded event, and a day
 *                ending at or below zero returns -100% with every later day 0, as in a backtest
 */
public record LivePerformance(TradeStats trades, PerformanceReport returns) {

    /** Checks that both parts are present. */
    public LivePerformance {
        if (trades == null || returns == null) {
            throw new IllegalArgumentException("trades and returns must not be null");
        }
    }

    /** Win rate of the closed trades; NaN with none. */
    public double winRate() {
        return trades.winRate();
    }

    /** Profit factor of the closed trades. */
    public double profitFactor() {
        return trades.profitFactor();
    }

    /** Annualised Sharpe ratio of the daily equity returns. */
    public double sharpe() {
        return returns.sharpe();
    }

    /** Annualised Sortino ratio of the daily equity returns. */
    public double sortino() {
        return returns.sortino();
    }

    /** Deepest drawdown of the daily equity, a fraction {@code <= 0} (NaN without returns). */
    public double maxDrawdown() {
        return returns.maxDrawdown().depth();
    }
}
