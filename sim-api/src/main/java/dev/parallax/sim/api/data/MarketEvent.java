package dev.parallax.sim.api.data;

/**
 * One item of market data for one symbol: a bar, a trade or a quote. Events of a source come in
 * time order.
 */
public sealed interface MarketEvent permits Bar, TradeTick, Quote {

    /** The instrument. */
    String symbol();

    /** When the event became known, epoch nanoseconds (for a bar, the end of its interval). */
    long timeNanos();
}
