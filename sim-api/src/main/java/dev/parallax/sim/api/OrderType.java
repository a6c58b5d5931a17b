package dev.parallax.sim.api;

/** How an order is priced. */
public enum OrderType {
    /** Executes at whatever the book offers when it arrives; has no limit price. */
    MARKET,
    /** Executes only at its limit price or better; rests in the book otherwise. */
    LIMIT
}
