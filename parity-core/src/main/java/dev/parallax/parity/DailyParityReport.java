package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Parity of one strategy on one day. A matched trade belongs to the day of its live fill time in
 * {@link #zone()}; an unmatched trade to the day of the side that was recorded.
 *
 * <p>All figures in bps follow the package sign convention: positive means live did worse.
 *
 * @param strategy           the strategy
 * @param date               the day
 * @param zone               the time zone that defines the day (UTC unless configured)
 * @param priceDifferences   statistics of the day's per-trade
 *                           {@link TradeComparison#priceDifferenceBps() price differences},
 *                           including the tracking error
 * @param attribution        the day's cost difference, notional-weighted over the day's matched
 *                           trades, split into slippage, fee, timing and market impact
 * @param meanLatencyMillis  mean live latency of the day's matched trades; 0 when there are none
 * @param maxLatencyMillis   largest live latency of the day's matched trades; 0 when there are none
 * @param meanTimingDifferenceMillis mean of live minus backtest fill time; 0 when there are none
 * @param cumulativeDriftBps sum of {@link #pnlDifferenceBps()} over the trailing window of days
 *                           ending on {@code date} (7 days unless configured; days without trades
 *                           count as 0)
 * @param returns            correlation and DTW distance of the recorded daily backtest and live
 *                           returns over the trailing return window ending on {@code date}
 * @param unmatched          the day's one-sided trades
 */
public record DailyParityReport(String strategy, LocalDate date, ZoneId zone, DifferenceStatistics priceDifferences,
                                CostAttribution attribution, double meanLatencyMillis, double maxLatencyMillis,
                                double meanTimingDifferenceMillis, double cumulativeDriftBps,
                                ReturnComparison returns, UnmatchedTrades unmatched) {

    /** Checks that no component is null. */
    public DailyParityReport {
        notNull("strategy", strategy);
        notNull("date", date);
        notNull("zone", zone);
        notNull("priceDifferences", priceDifferences);
        notNull("attribution", attribution);
        notNull("returns", returns);
        notNull("unmatched", unmatched);
    }

    /** Number of trades completed (matched) on the day. */
    public int matchedTrades() {
        return priceDifferences.count();
    }

    /**
     * Tracking error of the day: the sample standard deviation of the price differences when
     * there are two or more, the absolute difference when there is one, 0 when there are none.
     */
    public double trackingErrorBps() {
        return priceDifferences.trackingErrorBps();
    }

    /**
     * P&amp;L lost by live relative to the backtest on the day's matched trades, in bps of their
     * backtest notional: live cost minus backtest cost, price and fees. With the same trades on
     * both sides execution is the only source of a P&amp;L difference, so this equals
     * {@code attribution().totalBps()}.
     */
    public double pnlDifferenceBps() {
        return attribution.totalBps();
    }
}
