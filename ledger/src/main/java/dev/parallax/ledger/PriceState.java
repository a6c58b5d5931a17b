package dev.parallax.ledger;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * The price a {@link Ledger} holds for one symbol.
 *
 * @param symbol    instrument
 * @param price     the price, finite and {@code > 0}
 * @param timeNanos when it was true, epoch nanoseconds; {@link Long#MIN_VALUE} for a price set
 *                  without a time ({@link Ledger#mark(String, double)})
 */
public record PriceState(String symbol, double price, long timeNanos) {

    /** Checks the symbol and the price. */
    public PriceState {
        notBlank("symbol", symbol);
        positive("price", price);
    }
}
