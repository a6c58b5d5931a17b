package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands each order of a run to an {@link OrderExecutionListener} as one {@link Fill} under its client
 * order id (the trade id parity matches on): the order's notified fills combined by
 * {@link Fill#combined} (summed size and fees, volume-weighted price, size-weighted slippage, time and
 * latency of the last fill, fill type of the largest). An order is handed on once its fills add up to
 * its size; at the end of the run, every other order that had fills is handed on as it stands
 * ({@code partial}), in the order the orders were sent. Only orders not yet handed on are kept.
 */
final class OrderExecutions {

    /**
     * How far below its size an order's notified fills may sum and still make the whole order: the
     * simulator rounds a remainder below {@code 1e-12} of the size to nothing, and sums of fill
     * sizes carry rounding.
     */
    private static final double COMPLETE = 1e-9;

    /** The fills of one order so far. */
    private static final class OrderFills {
        final Order order;
        final List<Fill> parts = new ArrayList<>(2);
        double size;
        boolean finalFillSeen;

        OrderFills(Order order) {
            this.order = order;
        }
    }

    private final OrderExecutionListener listener;
    /** Orders not yet handed on, in the order they were sent. */
    private final Map<String, OrderFills> unrecorded = new LinkedHashMap<>();

    /** Hands orders to {@code listener}. */
    OrderExecutions(OrderExecutionListener listener) {
        this.listener = listener;
    }

    /**
     * Starts the record of {@code order}; for an order held until the next bar's open and sent
     * now, replaces the record of the held order, keeping its place.
     */
    void sent(Order order) {
        unrecorded.put(order.id(), new OrderFills(order));
    }

    /** Drops the record of order {@code id}, cancelled before it reached the simulator: it has no fills. */
    void cancelledBeforeSent(String id) {
        unrecorded.remove(id);
    }

    /** Adds a notified fill to its order's record, and records the order if its fills now add up to its size. */
    void fill(Fill fill) {
        OrderFills of = unrecorded.get(fill.orderId());
        if (of == null) {
            // the order was recorded already: this fill is below what COMPLETE allows for
            return;
        }
        of.parts.add(fill);
        of.size += fill.size();
        of.finalFillSeen |= !fill.partial();
        // notifications can cross: the order's last fill at the venue may be notified before an
        // earlier partial one, so the order is recorded once its fills add up to its size
        if (complete(of)) {
            unrecorded.remove(fill.orderId());
            record(of);
        }
    }

    /** Records every order that had fills and is not recorded yet, in the order they were sent. */
    void finish() {
        unrecorded.values().forEach(this::record);
        unrecorded.clear();
    }

    private static boolean complete(OrderFills of) {
        return of.finalFillSeen && of.size >= of.order.size() * (1 - COMPLETE);
    }

    private void record(OrderFills of) {
        if (of.parts.isEmpty()) {
            return;
        }
        listener.onOrderExecuted(Fill.combined(of.parts, !complete(of)));
    }
}
