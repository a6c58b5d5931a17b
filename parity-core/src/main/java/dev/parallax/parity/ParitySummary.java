package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.LocalDate;

/**
 * One strategy's parity at a glance, for dashboards.
 *
 * @param strategy                      the strategy
 * @param asOf                          the day the trailing figures end on
 * @param status                        current status
 * @param disabled                      true when the status is DISABLED
 * @param disableReason                 why it was disabled; empty when it is not
 * @param completedTrades               trades matched on both sides, all days
 * @param unmatchedBacktestTrades       trades with a backtest execution only, all days
 * @param unmatchedLiveTrades           trades with a live execution only, all days
 * @param recentAverageTrackingErrorBps mean daily tracking error over the days of the drift window
 *                                      ending on {@code asOf} that had matched trades; 0 if none had
 * @param cumulativeDriftBps            cumulative drift over the drift window ending on {@code asOf}
 */
public record ParitySummary(String strategy, LocalDate asOf, ParityStatus status, boolean disabled,
                            String disableReason, long completedTrades, int unmatchedBacktestTrades,
                            int unmatchedLiveTrades, double recentAverageTrackingErrorBps, double cumulativeDriftBps) {

    /** Checks that no component is null. */
    public ParitySummary {
        notNull("strategy", strategy);
        notNull("asOf", asOf);
        notNull("status", status);
        notNull("disableReason", disableReason);
    }
}
