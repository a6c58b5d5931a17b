package dev.parallax.backtest;

import dev.parallax.backtest.result.AccountOutcome;
import dev.parallax.backtest.result.OrderRejection;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The bookkeeping of one run's client orders: every id used, which orders are finished, orders held
 * for the next bar's open, the orders still open as the account sees them, the rejections, and the
 * parity records. It changes nothing at the venue; {@link OrderRouter} and {@link AccountGuard} do.
 */
final class ClientOrders {

    /**
     * Every client order id sent in this run, held for the next bar's open or not, and whether the
     * run knows the order is finished (filled, cancelled, or cancelled while held). An id stays used
     * for the whole run. {@code Boolean} values are the two shared constants, so marking an order
     * finished allocates nothing.
     */
    private final Map<String, Boolean> finishedById = new HashMap<>();
    /** Orders sent on a bar and waiting for the symbol's next bar's open, by symbol in alphabetical order. */
    private final Map<String, List<Order>> heldBySymbol = new TreeMap<>();
    private int heldCount;
    private final OpenOrders open;
    private final Rejections rejections = new Rejections();
    private final RunVenue venue;
    /** Sums orders for parity and the order-execution listener; null when the run has neither. */
    private final OrderExecutions parity;

    ClientOrders(OpenOrders open, RunVenue venue, OrderExecutions parity) {
        this.open = open;
        this.venue = venue;
        this.parity = parity;
    }

    /** True if an order was sent with client id {@code id} in this run. */
    boolean isUsed(String id) {
        return finishedById.containsKey(id);
    }

    /**
     * True if the simulator is still working on order {@code id}, which this run sent to it (not
     * one still held for the next bar's open): pending or working. Once the simulator says no, the
     * order has filled or been cancelled, and the run notes it, so it asks about a finished order
     * at most once, and not at all once the order's last fill was notified.
     */
    boolean isWorking(String id) {
        if (finishedById.get(id)) {
            return false;
        }
        boolean working = venue.isWorking(id);
        if (!working) {
            finishedById.put(id, Boolean.TRUE);
        }
        return working;
    }

    /** Notes that the account refused order {@code rejection.orderId()}; its id stays used. */
    void reject(OrderRejection rejection) {
        finishedById.put(rejection.orderId(), Boolean.TRUE);
        rejections.add(rejection);
    }

    /** The oldest rejection the strategy has not been told of, removed; null when none. */
    OrderRejection nextUnreportedRejection() {
        return rejections.nextUnreported();
    }

    /** Notes that the account took {@code order}, estimated at {@code price}; {@code held} keeps it for the next open. */
    void accept(Order order, double price, boolean held) {
        finishedById.put(order.id(), Boolean.FALSE);
        if (parity != null) {
            parity.sent(order);
        }
        open.add(order, price, held, false);
        if (held) {
            heldCount++;
            heldBySymbol.computeIfAbsent(order.symbol(), s -> new ArrayList<>()).add(order);
        }
    }

    /** Notes a forced order (liquidation or ruin) closing a position, estimated at {@code price}. */
    void acceptForced(Order order, double price) {
        finishedById.put(order.id(), Boolean.FALSE);
        open.add(order, price, false, true);
    }

    /** True if an order of {@code symbol} waits for the symbol's next bar's open. */
    boolean holdsFor(String symbol) {
        return heldCount > 0 && heldBySymbol.containsKey(symbol);
    }

    /** True if order {@code id} waits for the next bar's open. */
    boolean isHeld(String id) {
        if (heldCount == 0) {
            return false;
        }
        for (List<Order> held : heldBySymbol.values()) {
            for (Order o : held) {
                if (o.id().equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes and returns the orders of {@code symbol} held for its next bar's open, oldest first; empty when none. */
    List<Order> takeHeld(String symbol) {
        List<Order> due = heldCount == 0 ? null : heldBySymbol.remove(symbol);
        if (due == null) {
            return List.of();
        }
        heldCount -= due.size();
        return due;
    }

    /** Notes that {@code atOpen}, a held order restamped at the open, goes to the simulator now. */
    void sentAtOpen(Order atOpen) {
        if (parity != null) {
            parity.sent(atOpen);
        }
        open.sent(atOpen.id());
    }

    /** Cancels order {@code id} if it is held for the next bar's open; true if it was. */
    boolean cancelHeld(String id) {
        if (heldCount == 0) {
            return false;
        }
        Iterator<List<Order>> symbols = heldBySymbol.values().iterator();
        while (symbols.hasNext()) {
            List<Order> held = symbols.next();
            if (held.removeIf(o -> o.id().equals(id))) {
                heldCount--;
                if (held.isEmpty()) {
                    symbols.remove();
                }
                cancelledWhileHeld(id);
                return true;
            }
        }
        return false;
    }

    /** Cancels every order held for the next bar's open, symbol by symbol in alphabetical order. */
    void cancelAllHeld() {
        for (List<Order> held : heldBySymbol.values()) {
            for (Order o : held) {
                cancelledWhileHeld(o.id());
            }
        }
        heldBySymbol.clear();
        heldCount = 0;
    }

    /** Notes that order {@code id}, held for the next bar's open, was cancelled before it was sent. */
    private void cancelledWhileHeld(String id) {
        finishedById.put(id, Boolean.TRUE);
        open.remove(id);
        if (parity != null) {
            parity.cancelledBeforeSent(id);
        }
    }

    /** Forgets the open orders the simulator no longer works on (held ones stay). */
    void pruneOpen() {
        open.prune(this::isWorking);
    }

    /** Unfilled size of the open orders (held ones included) on {@code side} of {@code symbol}. */
    double unfilled(String symbol, Side side) {
        return open.unfilled(symbol, side);
    }

    /** True if a forced (liquidation or ruin) order is still open. */
    boolean anyForcedOpen() {
        return open.anyForced();
    }

    /** The ids of the open orders sent by the strategy (not forced), oldest first. */
    List<String> openStrategyOrders() {
        return open.unforcedIds();
    }

    /** Takes a notified fill off its order; the order is finished with its last fill. */
    void filled(Fill fill) {
        open.filled(fill);
        if (!fill.partial()) {
            finishedById.put(fill.orderId(), Boolean.TRUE);
        }
        if (parity != null) {
            parity.fill(fill);
        }
    }

    /** The count and the kept rejections, with the time of ruin if there was one. */
    AccountOutcome outcome(OptionalLong ruinedAtNanos) {
        return rejections.outcome(ruinedAtNanos);
    }
}
