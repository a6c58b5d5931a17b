package dev.parallax.sim.core;

import dev.parallax.sim.api.Order;

/** The simulator's mutable record of one order. Not shared outside the simulator. */
final class WorkingOrder {

    final Order order;
    final long submitLatencyNanos;
    final long arrivalNanos;
    double remaining;
    double queueAhead;
    boolean hadFill;
    boolean cancelRequested;
    OrderStatus status = OrderStatus.PENDING;
    /** True while the order rests in its side's {@link PriceLevels}. */
    boolean resting;
    /** The order before this one at the same price level, while resting. */
    WorkingOrder previous;
    /** The order after this one at the same price level, while resting. */
    WorkingOrder next;

    WorkingOrder(Order order, long submitLatencyNanos) {
        this.order = order;
        this.submitLatencyNanos = submitLatencyNanos;
        this.arrivalNanos = Nanos.plus(order.timeNanos(), submitLatencyNanos);
        this.remaining = order.size();
    }
}
