package dev.parallax.sim.core;

import dev.parallax.sim.api.Order;

/**
 * The simulator's mutable record of one order. Not shared outside the simulator. Once the order is
 * finished and no scheduled event refers to it any more, the simulator gives the record to a later
 * order ({@link #reuse}) instead of leaving it to the garbage collector.
 */
final class WorkingOrder {

    Order order;
    long submitLatencyNanos;
    long arrivalNanos;
    double remaining;
    double queueAhead;
    boolean hadFill;
    boolean cancelRequested;
    OrderStatus status;
    /** True while the order rests in its side's {@link PriceLevels}. */
    boolean resting;
    /** The order before this one at the same price level, while resting. */
    WorkingOrder previous;
    /** The order after this one at the same price level, while resting. */
    WorkingOrder next;
    /** Arrival and cancel events in the simulator's queue that refer to this record. */
    int scheduledEvents;
    /** True once the record waits to be reused; it then belongs to no order. */
    boolean retired;

    WorkingOrder(Order order, long submitLatencyNanos) {
        reuse(order, submitLatencyNanos);
    }

    /** Makes this record that of a newly submitted {@code order}, as if just constructed. */
    WorkingOrder reuse(Order order, long submitLatencyNanos) {
        this.order = order;
        this.submitLatencyNanos = submitLatencyNanos;
        this.arrivalNanos = Nanos.plus(order.timeNanos(), submitLatencyNanos);
        this.remaining = order.size();
        this.queueAhead = 0.0;
        this.hadFill = false;
        this.cancelRequested = false;
        this.status = OrderStatus.PENDING;
        this.resting = false;
        this.previous = null;
        this.next = null;
        this.scheduledEvents = 0;
        this.retired = false;
        return this;
    }
}
