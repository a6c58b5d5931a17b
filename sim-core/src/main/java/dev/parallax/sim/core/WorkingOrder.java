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

    WorkingOrder(Order order, long submitLatencyNanos) {
        this.order = order;
        this.submitLatencyNanos = submitLatencyNanos;
        this.arrivalNanos = Nanos.plus(order.timeNanos(), submitLatencyNanos);
        this.remaining = order.size();
    }
}
