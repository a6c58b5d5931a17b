package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.positive;

/**
 * The limits that move a strategy between {@link ParityStatus statuses}. They are checked against
 * the {@link DailyParityReport} of the day of every trade that completes.
 *
 * <p>Tracking-error levels are reached when the day's tracking error is <b>at or above</b> the
 * threshold, and only when the day has at least {@code minTradesForTrackingError} matched trades
 * (fewer trades say too little to escalate on): {@code >= warning} is WARNING,
 * {@code >= critical} is CRITICAL, {@code >= disable} disables the strategy.
 *
 * <p>The other limits are maxima, breached when a figure is <b>strictly above</b> them, whatever
 * the number of trades, and each breach disables the strategy: the day's slippage, fee and timing
 * components of the {@link CostAttribution} (signed: live doing better never breaches), the day's
 * mean live latency, and the absolute cumulative drift over the trailing window (a drift in
 * either direction means the backtest no longer describes live trading).
 *
 * @param warningTrackingErrorBps   WARNING level, default 20 bps
 * @param criticalTrackingErrorBps  CRITICAL level, default 50 bps; not below the warning level
 * @param disableTrackingErrorBps   disable level, default 100 bps; not below the critical level
 * @param maxSlippageBps            default 30 bps
 * @param maxFeeImpactBps           default 15 bps
 * @param maxTimingImpactBps        default 10 bps
 * @param maxLatencyMillis          default 1,000 ms
 * @param maxCumulativeDriftBps     default 200 bps
 * @param minTradesForTrackingError default 10, at least 1
 */
public record ParityThresholds(double warningTrackingErrorBps, double criticalTrackingErrorBps,
                               double disableTrackingErrorBps, double maxSlippageBps, double maxFeeImpactBps,
                               double maxTimingImpactBps, double maxLatencyMillis, double maxCumulativeDriftBps,
                               int minTradesForTrackingError) {

    /** The defaults of the seed design. */
    public static final ParityThresholds DEFAULTS = new ParityThresholds(20, 50, 100, 30, 15, 10, 1_000, 200, 10);

    /** Checks that every limit is finite and positive and the tracking-error levels are ordered. */
    public ParityThresholds {
        positive("warningTrackingErrorBps", warningTrackingErrorBps);
        positive("criticalTrackingErrorBps", criticalTrackingErrorBps);
        positive("disableTrackingErrorBps", disableTrackingErrorBps);
        positive("maxSlippageBps", maxSlippageBps);
        positive("maxFeeImpactBps", maxFeeImpactBps);
        positive("maxTimingImpactBps", maxTimingImpactBps);
        positive("maxLatencyMillis", maxLatencyMillis);
        positive("maxCumulativeDriftBps", maxCumulativeDriftBps);
        if (criticalTrackingErrorBps < warningTrackingErrorBps) {
            throw new IllegalArgumentException("criticalTrackingErrorBps must be >= warningTrackingErrorBps ("
                    + warningTrackingErrorBps + "), was " + criticalTrackingErrorBps);
        }
        if (disableTrackingErrorBps < criticalTrackingErrorBps) {
            throw new IllegalArgumentException("disableTrackingErrorBps must be >= criticalTrackingErrorBps ("
                    + criticalTrackingErrorBps + "), was " + disableTrackingErrorBps);
        }
        if (minTradesForTrackingError < 1) {
            throw new IllegalArgumentException("minTradesForTrackingError must be >= 1, was "
                    + minTradesForTrackingError);
        }
    }
}
