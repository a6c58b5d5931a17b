package dev.parallax.sim.api.spi;

/** The delays a {@link LatencyModel} draws. */
public enum LatencyKind {
    /** From the moment a strategy sends an order to the moment the venue can act on it. */
    ORDER_SUBMIT,
    /** From the moment the venue publishes market data to the moment the strategy sees it. */
    MARKET_DATA,
    /** From the moment the venue executes a fill to the moment the strategy learns of it. */
    FILL_NOTIFICATION
}
