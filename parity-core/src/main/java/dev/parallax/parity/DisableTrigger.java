package dev.parallax.parity;

/** The reasons a strategy is disabled automatically; see {@link ParityThresholds} for each rule. */
public enum DisableTrigger {
    /** Daily tracking error at or above the disable threshold, with enough trades. */
    TRACKING_ERROR,
    /** The day's slippage component above its maximum. */
    SLIPPAGE,
    /** The day's fee component above its maximum. */
    FEE_IMPACT,
    /** The day's timing component above its maximum. */
    TIMING_IMPACT,
    /** The day's mean live latency above its maximum. */
    LATENCY,
    /** The absolute cumulative drift over the trailing window above its maximum. */
    CUMULATIVE_DRIFT
}
