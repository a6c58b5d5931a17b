package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.finite;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

import java.time.Duration;
import java.time.Instant;

/**
 * How the live account executed one trade, as reported by the venue.
 *
 * @param tradeId  id shared with the backtest execution of the same trade, not blank
 * @param price    fill price, finite and {@code > 0}
 * @param time     when the live fill happened
 * @param fee      fee in quote currency, finite; negative for a rebate
 * @param slippage adverse move of the fill price from the reference price the venue reports
 *                 (the touch when the order arrived), as a fraction of that reference:
 *                 {@code 0.0003} is 3 bps. Positive means worse for the order (a buy paid more, a
 *                 sell received less), negative is price improvement. Must lie strictly between
 *                 -1 and 1.
 * @param latency  transport delay from order submission to fill notification, not negative
 */
public record LiveExecution(String tradeId, double price, Instant time, double fee, double slippage,
                            Duration latency) {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveExecution {
        notBlank("tradeId", tradeId);
        positive("price", price);
        notNull("time", time);
        finite("fee", fee);
        if (!(slippage > -1 && slippage < 1)) {
            throw new IllegalArgumentException("slippage must be a fraction strictly between -1 and 1 "
                    + "(0.0003 is 3 bps), was " + slippage);
        }
        notNull("latency", latency);
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must be >= 0, was " + latency);
        }
    }

    /** {@link #latency()} in milliseconds, with the fraction kept. */
    public double latencyMillis() {
        return millis(latency);
    }

    /**
     * {@code duration} in milliseconds, with the fraction kept; unlike {@link Duration#toNanos()}
     * it does not overflow beyond 292 years.
     */
    static double millis(Duration duration) {
        return duration.getSeconds() * 1_000.0 + duration.getNano() / 1_000_000.0;
    }
}
