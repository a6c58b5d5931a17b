package dev.parallax.sim.api.data;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * Open, high, low, close and volume of one symbol over one interval.
 *
 * @param symbol    instrument
 * @param timeNanos end of the interval (the moment the close is known), epoch nanoseconds
 * @param open      first price, finite and {@code > 0}
 * @param high      highest price, {@code >= max(open, close)}
 * @param low       lowest price, {@code > 0} and {@code <= min(open, close)}
 * @param close     last price, finite and {@code > 0}
 * @param volume    quantity traded, {@code >= 0}
 */
public record Bar(String symbol, long timeNanos, double open, double high, double low, double close, double volume)
        implements MarketEvent {

    /** Validates prices, their order and the volume; messages name the symbol and time. */
    public Bar {
        check(symbol, timeNanos, open, high, low, close, volume);
    }

    /**
     * Checks the fields of a bar without creating one (for columnar storage); fails as the
     * constructor would.
     */
    public static void check(String symbol, long timeNanos, double open, double high, double low, double close,
                             double volume) {
        notBlank("symbol", symbol);
        positive("open", open);
        positive("high", high);
        positive("low", low);
        positive("close", close);
        nonNegative("volume", volume);
        if (high < low) {
            throw new IllegalArgumentException("bar " + symbol + " at " + timeNanos + ": high " + high
                    + " must be >= low " + low);
        }
        if (high < Math.max(open, close) || low > Math.min(open, close)) {
            throw new IllegalArgumentException("bar " + symbol + " at " + timeNanos + ": open " + open + " and close "
                    + close + " must lie within low " + low + " and high " + high);
        }
    }
}
