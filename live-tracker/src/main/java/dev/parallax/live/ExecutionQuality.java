package dev.parallax.live;


import java.time.Duration;

/**
 * How well the venue executed a fill, as it reports it; handed on to the parity tracker.
 *
 * @param slippage adverse move of the fill price from the venue's reference price, as a fraction
 *                 strictly between -1 and 1 ({@code 0.0003} is 3 bps); positive is worse for the
 *                 order, as in {@link dev.parallax.parity.LiveExecution}
 * @param latency  submission to fill notification, not negative, at most {@link Long#MAX_VALUE} nanoseconds
 */
public record ExecutionQuality(double slippage, Duration latency) {

    /** Nothing reported: no slippage and no latency. */
    public static final ExecutionQuality NOT_REPORTED = new ExecutionQuality(0.0, Duration.ZERO);

    /** Validates every field; see the component descriptions for the rules. */
    public ExecutionQuality {
        if (!(slippage > -1 && slippage < 1)) {
            throw new IllegalArgumentException("slippage must be a fraction strictly between -1 and 1 "
                    + "(0.0003 is 3 bps), was " + slippage);
        }
        EventTimes.duration("latency", latency);
    }
}
