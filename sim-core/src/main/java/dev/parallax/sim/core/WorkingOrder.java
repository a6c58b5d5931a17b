package dev.parallax.sim.core;

import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;

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

    /**
     * A stand-in for any completely filled order once the simulator no longer needs the order
     * itself: status FILLED, nothing remaining. Only its status and remaining size may be read.
     */
    static final WorkingOrder ANY_FILLED = new WorkingOrder(
            Order.market("any filled order", "-", Side.BUY, 1, 0), 0);

    static {
        ANY_FILLED.remaining = 0.0;
        ANY_FILLED.status = OrderStatus.FILLED;
    }

    WorkingOrder(Order order, long submitLatencyNanos) {
        this.order = order;
        this.submitLatencyNanos = submitLatencyNanos;
        this.arrivalNanos = Nanos.plus(order.timeNanos(), submitLatencyNanos);
        this.remaining = order.size();
    }
}
