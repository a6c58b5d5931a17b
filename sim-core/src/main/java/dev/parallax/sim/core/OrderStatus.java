package dev.parallax.sim.core;

/** Where an order stands in the simulator. */
public enum OrderStatus {
    /** Sent, still on its way to the venue (order-submit latency). */
    PENDING,
    /** At the venue with size left: resting in the book, or a market order waiting for liquidity. */
    WORKING,
    /** Completely filled. */
    FILLED,
    /** Cancelled; any fills before the cancel took effect stand. */
    CANCELLED;

    /** True once nothing more can happen to the order. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED;
    }
}
