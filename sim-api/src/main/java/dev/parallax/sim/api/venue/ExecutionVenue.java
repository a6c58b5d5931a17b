package dev.parallax.sim.api.venue;

import dev.parallax.sim.api.Order;

/**
 * Where orders go: the simulated venue in a backtest and in paper trading, a live venue adapter
 * when trading for real. Nothing that sends orders knows which.
 *
 * <p>Results come back through the {@link VenueListener} the venue was opened with: every execution
 * as a {@link dev.parallax.sim.api.Fill}, and {@link OrderEvent}s for what happens to each order.
 * Times are epoch nanoseconds on the caller's clock; a venue may refuse a time older than one it
 * has already seen. A venue is used from one thread, the one that runs the strategy.
 */
public interface ExecutionVenue extends AutoCloseable {

    /**
     * Sends {@code order}, stamped with its own {@link Order#timeNanos()}.
     *
     * @throws IllegalArgumentException if the id is in use at the venue or the time is older than
     *                                  the venue's clock
     */
    void submit(Order order);

    /**
     * Asks to cancel order {@code orderId}, sent at {@code timeNanos}. Executions that happen before
     * the request reaches the venue stand.
     *
     * @return true if a cancel is now on its way; false if the order is already finished or a
     *         cancel for it was already sent
     * @throws IllegalArgumentException for an id the venue does not know
     */
    boolean cancel(String orderId, long timeNanos);

    /**
     * Asks to change the size and/or the limit price of working order {@code orderId}, sent at
     * {@code timeNanos}. Each venue documents how it changes an order (an amend in place, or a
     * cancel and a new order that loses its place in the queue) and reports the outcome as an
     * {@link OrderEvent}: {@link OrderEvent.Kind#MODIFIED} or {@link OrderEvent.Kind#REJECTED}.
     *
     * @return true if the change is on its way; false if the order is already finished or a cancel
     *         or change of it is already on its way
     * @throws IllegalArgumentException for an id the venue does not know, or a change that does not
     *                                  fit the order (a limit price for a market order)
     */
    boolean modify(String orderId, OrderChange change, long timeNanos);

    /** True while order {@code orderId} can still execute: on its way to the venue or working there. Any id may be asked. */
    boolean isWorking(String orderId);

    /**
     * Tells the venue that the caller's clock has reached {@code timeNanos}. A venue that runs on
     * the caller's clock (the simulator) lets whatever is due by then happen and notifies it. A live
     * venue, which has a clock of its own, reports here, on the caller's thread, the executions and
     * order events it has received since the last call (a real-time runner calls it after each event
     * and while the feed is quiet). Does nothing by default.
     */
    default void advanceTo(long timeNanos) {
    }

    /** Releases what the venue holds (connections, threads). Does nothing by default; closing twice does nothing. */
    @Override
    default void close() {
    }
}
