package dev.parallax.adapters.stream;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.TradeTick;

/**
 * A trade read from the stream: the venue's trade id and the print.
 *
 * @param id    the venue's trade id, {@code >= 0}
 * @param trade the print
 */
public record StreamTrade(long id, TradeTick trade) {

    /** Validates the fields. */
    public StreamTrade {
        nonNegative("id", id);
        notNull("trade", trade);
    }
}
