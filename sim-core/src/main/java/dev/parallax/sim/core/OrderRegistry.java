package dev.parallax.sim.core;

import dev.parallax.sim.api.Order;
import java.util.Arrays;

/**
 * Every order the simulator knows: the pending and working ones by id ({@link OrderIndex}), the
 * filled and cancelled ones as far as the {@link Retention} keeps them ({@link FinishedOrders}), and
 * the records of finished orders waiting to be reused by later ones. Answers the status queries and
 * refuses ids that are already in use.
 */
final class OrderRegistry {

    private final Retention retention;
    /** Orders pending or working; with {@link Retention#ALL} finished ones move to {@link #finished}. */
    private final OrderIndex working = new OrderIndex();
    /** Filled and cancelled orders, with {@link Retention#ALL}; null with {@link Retention#WORKING_ONLY}. */
    private final FinishedOrders finished;
    /** Records of finished orders that no event refers to, for later orders to reuse; the last retired is reused first. */
    private WorkingOrder[] retired = new WorkingOrder[16];
    private int retiredCount;

    OrderRegistry(Retention retention) {
        this.retention = retention;
        this.finished = retention == Retention.ALL ? new FinishedOrders() : null;
    }

    /** The record of pending or working order {@code orderId}, or null. */
    WorkingOrder get(String orderId) {
        return working.get(orderId);
    }

    /** @throws IllegalArgumentException if {@code orderId} belongs to an order this registry knows */
    void requireUnused(String orderId) {
        if (working.get(orderId) != null || isFinished(orderId)) {
            throw new IllegalArgumentException("order id '" + orderId + "' was already submitted; ids must be unique"
                    + (retention == Retention.WORKING_ONLY ? " among working orders" : ""));
        }
    }

    /** The record of newly submitted {@code order}, pending; a retired record when there is one. */
    WorkingOrder add(Order order, long submitLatencyNanos) {
        WorkingOrder w = retiredCount > 0 ? retired[--retiredCount].reuse(order, submitLatencyNanos)
                : new WorkingOrder(order, submitLatencyNanos);
        working.add(w);
        return w;
    }

    /** Marks a working order cancelled and takes it out of the working orders. */
    void cancel(WorkingOrder w) {
        w.status = OrderStatus.CANCELLED;
        finish(w);
    }

    /**
     * Takes an order that has just been filled or cancelled out of the working orders; with
     * {@link Retention#ALL} keeps its id, status and unfilled size among the finished orders, so its
     * working record can be collected while young instead of being carried for the rest of the run.
     */
    void finish(WorkingOrder w) {
        working.remove(w);
        if (finished != null) {
            finished.add(w.order.id(), w.status, w.remaining);
        }
        retireIfDone(w);
    }

    /**
     * Keeps the record of a finished order for a later order to reuse, once no scheduled event
     * refers to it (a cancel can still be on its way after the order filled). By then nothing
     * else holds it either: it has left the order index, its price level and the book's lists, or
     * leaves the list of market orders before the simulator's public call returns. Records are
     * reused only by {@link #add}, so one retired in the middle of a call is not reused in that call.
     */
    void retireIfDone(WorkingOrder w) {
        if (w.retired || w.scheduledEvents > 0 || !w.status.isTerminal()) {
            return;
        }
        w.retired = true;
        if (retiredCount == retired.length) {
            retired = Arrays.copyOf(retired, retiredCount * 2);
        }
        retired[retiredCount++] = w;
    }

    /** True if order {@code orderId} is filled or cancelled and kept as such ({@link Retention#ALL} only). */
    boolean isFinished(String orderId) {
        return finished != null && finished.find(orderId) >= 0;
    }

    /** See {@link ExecutionSimulator#status}. */
    OrderStatus status(String orderId) {
        WorkingOrder w = working.get(orderId);
        return w != null ? w.status : finished.status(finishedPosition(orderId));
    }

    /** See {@link ExecutionSimulator#remaining}. */
    double remaining(String orderId) {
        WorkingOrder w = working.get(orderId);
        return w != null ? w.remaining : finished.remaining(finishedPosition(orderId));
    }

    /** See {@link ExecutionSimulator#queueAhead}. */
    double queueAhead(String orderId) {
        WorkingOrder w = working.get(orderId);
        if (w == null) {
            finishedPosition(orderId);
            return Double.NaN;
        }
        return w.status == OrderStatus.WORKING && w.order.isLimit() ? w.queueAhead : Double.NaN;
    }

    /** The position among the finished orders of an order that is not working. @throws IllegalArgumentException if there is none */
    private int finishedPosition(String orderId) {
        int position = finished == null ? -1 : finished.find(orderId);
        if (position < 0) {
            throw new IllegalArgumentException("unknown order id '" + orderId + "'"
                    + (retention == Retention.WORKING_ONLY ? " (or finished: this simulator forgets finished orders)" : ""));
        }
        return position;
    }
}
