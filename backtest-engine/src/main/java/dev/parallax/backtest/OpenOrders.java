package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The orders of one run that may still fill, as the account sees them: each with the size not yet
 * notified as filled and the price its cost was estimated at. In the order they were sent, so sums
 * over them are the same in every run.
 */
final class OpenOrders {

    /** One open order. */
    static final class Entry {
        final String id;
        final String symbol;
        final Side side;
        final double price;
        final boolean forced;
        double unfilled;
        boolean held;

        Entry(Order order, double price, boolean held, boolean forced) {
            this.id = order.id();
            this.symbol = order.symbol();
            this.side = order.side();
            this.price = price;
            this.unfilled = order.size();
            this.held = held;
            this.forced = forced;
        }
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    /** Notes {@code order}, estimated at {@code price}; {@code held} until the next bar's open. */
    void add(Order order, double price, boolean held, boolean forced) {
        byId.put(order.id(), new Entry(order, price, held, forced));
    }

    /** Notes that the held order {@code id} has gone to the simulator. */
    void sent(String id) {
        Entry e = byId.get(id);
        if (e != null) {
            e.held = false;
        }
    }

    /** Takes a notified fill off its order; the order leaves once its last fill is notified. */
    void filled(Fill fill) {
        Entry e = byId.get(fill.orderId());
        if (e == null) {
            return;
        }
        e.unfilled = Math.max(0.0, e.unfilled - fill.size());
        if (!fill.partial()) {
            byId.remove(fill.orderId());
        }
    }

    /** Forgets order {@code id} (cancelled while held). */
    void remove(String id) {
        byId.remove(id);
    }

    /**
     * Forgets every order sent to the simulator that {@code working} says is no longer working there:
     * filled or cancelled at the venue. A fill of such an order still in flight is then checked
     * against nothing when it arrives; it is applied as it is.
     */
    void prune(Predicate<String> working) {
        Iterator<Entry> it = byId.values().iterator();
        while (it.hasNext()) {
            Entry e = it.next();
            if (!e.held && !working.test(e.id)) {
                it.remove();
            }
        }
    }

    /** The open orders, oldest first. */
    Iterable<Entry> entries() {
        return byId.values();
    }

    /** The ids of the open orders that are not forced, oldest first. */
    List<String> unforcedIds() {
        List<String> ids = new ArrayList<>();
        for (Entry e : byId.values()) {
            if (!e.forced) {
                ids.add(e.id);
            }
        }
        return ids;
    }

    /** True if a forced (liquidation) order is still open. */
    boolean anyForced() {
        for (Entry e : byId.values()) {
            if (e.forced) {
                return true;
            }
        }
        return false;
    }

    /** True if no open order before {@code entry} is for its symbol. */
    boolean isFirstOf(Entry entry) {
        for (Entry e : byId.values()) {
            if (e == entry) {
                return true;
            }
            if (e.symbol.equals(entry.symbol)) {
                return false;
            }
        }
        return false;
    }

    /** Unfilled size of the open orders on {@code side} of {@code symbol}. */
    double unfilled(String symbol, Side side) {
        double sum = 0;
        for (Entry e : byId.values()) {
            if (e.side == side && e.symbol.equals(symbol)) {
                sum += e.unfilled;
            }
        }
        return sum;
    }
}
