package dev.parallax.live;

import java.time.Instant;

/**
 * A market price of a symbol, used to value its open trades (unrealised P&amp;L).
 *
 * @param symbol instrument, not blank, at most 64 characters, no control characters
 * @param price  price, finite, {@code > 0} and at most {@link FillBounds#MAX_PRICE}
 * @param time   when the price was seen, between 1677-09-21 and 2262-04-11 (what the store keeps)
 */
public record PriceMark(String symbol, double price, Instant time) implements LiveEvent {

    /** Validates every field; see the component descriptions for the rules. */
    public PriceMark {
        Identifiers.symbol("symbol", symbol);
        FillBounds.price("price", price);
        EventTimes.time("time", time);
    }
}
