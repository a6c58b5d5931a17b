package dev.parallax.sim.api.data;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * One trade printed on a venue.
 *
 * @param symbol    instrument
 * @param timeNanos time of the trade, epoch nanoseconds
 * @param price     trade price, finite and {@code > 0}
 * @param size      quantity, finite and {@code > 0}
 * @param aggressor the side that crossed the spread, or {@link Aggressor#UNKNOWN}
 */
public record TradeTick(String symbol, long timeNanos, double price, double size, Aggressor aggressor)
        implements MarketEvent {

    /** Validates the fields. */
    public TradeTick {
        notBlank("symbol", symbol);
        positive("price", price);
        positive("size", size);
        notNull("aggressor", aggressor);
    }
}
