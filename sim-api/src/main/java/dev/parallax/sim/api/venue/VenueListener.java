package dev.parallax.sim.api.venue;

import dev.parallax.sim.api.Fill;

/**
 * Hears what a venue does with the orders sent to it, in the order the sender learns of it. Called
 * on the thread that drives the venue (for the simulator: inside the call that made it happen).
 */
@FunctionalInterface
public interface VenueListener {

    /** An execution: part or all of an order filled. */
    void onFill(Fill fill);

    /** Something happened to an order other than an execution. Ignored by default. */
    default void onOrderEvent(OrderEvent event) {
    }
}
