package dev.parallax.sim.api.data;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * The top of one symbol's book.
 *
 * @param symbol    instrument
 * @param timeNanos time of the quote, epoch nanoseconds
 * @param bid       best bid, finite and {@code > 0}
 * @param ask       best ask, finite, {@code > 0} and {@code >= bid}
 * @param bidSize   quantity at the bid, {@code >= 0} (0 when unknown)
 * @param askSize   quantity at the ask, {@code >= 0} (0 when unknown)
 */
public record Quote(String symbol, long timeNanos, double bid, double ask, double bidSize, double askSize)
        implements MarketEvent {

    /** Validates the fields. */
    public Quote {
        notBlank("symbol", symbol);
        positive("bid", bid);
        positive("ask", ask);
        if (bid > ask) {
            throw new IllegalArgumentException("quote " + symbol + " at " + timeNanos + ": bid " + bid
                    + " must be <= ask " + ask);
        }
        nonNegative("bidSize", bidSize);
        nonNegative("askSize", askSize);
    }

    /** {@code (bid + ask) / 2}. */
    public double mid() {
        return 0.5 * (bid + ask);
    }
}
