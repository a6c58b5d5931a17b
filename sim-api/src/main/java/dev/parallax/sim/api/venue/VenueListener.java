package dev.parallax.sim.api.venue;

import dev.parallax.sim.api.Fill;

/**
 * Hears what a venue does with the orders sent to it, in the order the sender learns of it. Called
 * on the thread that drives the venue, inside one of its calls: for the simulator, the call that
 * made it happen; a live venue that hears of executions on threads of its own keeps them until the
 * next call ({@link ExecutionVenue#advanceTo} at the latest). Not thread-safe unless it says so.
 */
@FunctionalInterface
public interface VenueListener {

    /** An execution: part or all of an order filled. */
    void onFill(Fill fill);

    /** Something happened to an order other than an execution. Ignored by default. */
    default void onOrderEvent(OrderEvent event) {
    }
}
