package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PriceLevelsTest {

    private int ids;

    private WorkingOrder limit(Side side, double price) {
        return new WorkingOrder(Order.limit("o" + ids++, "X", side, 1, price, 0), 0);
    }

    /** Adds one limit order per price, in the order given, and returns them. */
    private List<WorkingOrder> rest(PriceLevels levels, Side side, double... prices) {
        List<WorkingOrder> added = new ArrayList<>();
        for (double p : prices) {
            WorkingOrder w = limit(side, p);
            levels.add(w);
            added.add(w);
        }
        return added;
    }

    private static List<WorkingOrder> ordersAt(PriceLevels levels, int level) {
        List<WorkingOrder> out = new ArrayList<>();
        for (WorkingOrder w = levels.first(level); w != null; w = w.next) {
            out.add(w);
        }
        return out;
    }

    @Test
    void bidsCountDownFromTheHighestPriceAndAsksFromTheLowest() {
        PriceLevels bids = new PriceLevels(Side.BUY);
        PriceLevels asks = new PriceLevels(Side.SELL);
        rest(bids, Side.BUY, 100.0, 100.5, 99.5, 101.0);
        rest(asks, Side.SELL, 100.0, 100.5, 99.5, 101.0);
        assertEquals(List.of(101.0, 100.5, 100.0, 99.5), prices(bids));
        assertEquals(List.of(99.5, 100.0, 100.5, 101.0), prices(asks));
    }

    private static List<Double> prices(PriceLevels levels) {
        List<Double> out = new ArrayList<>();
        for (int level = levels.best(); level >= 0; level--) {
            out.add(levels.price(level));
        }
        return out;
    }

    @Test
    void ordersAtOnePriceStayInArrivalOrderAndLeaveFromAnywhere() {
        PriceLevels asks = new PriceLevels(Side.SELL);
        List<WorkingOrder> o = rest(asks, Side.SELL, 50, 50, 50);
        assertEquals(o, ordersAt(asks, asks.find(50)));
        asks.remove(o.get(1));
        assertEquals(List.of(o.get(0), o.get(2)), ordersAt(asks, asks.find(50)));
        asks.remove(o.get(2));
        asks.add(o.get(1));
        assertEquals(List.of(o.get(0), o.get(1)), ordersAt(asks, asks.find(50)));
        assertFalse(o.get(2).resting);
        asks.remove(o.get(2)); // no longer resting: nothing happens
        assertEquals(List.of(o.get(0), o.get(1)), ordersAt(asks, asks.find(50)));
    }

    @Test
    void aLevelLeavesWhenItsLastOrderDoesAndTheLevelsAboveMoveDown() {
        PriceLevels bids = new PriceLevels(Side.BUY);
        List<WorkingOrder> added = rest(bids, Side.BUY, 99, 100, 101);
        WorkingOrder low = added.get(0);
        WorkingOrder mid = added.get(1);
        WorkingOrder high = added.get(2);
        bids.unlink(bids.find(100), mid);
        assertEquals(-1, bids.find(100));
        assertEquals(1, bids.best());
        assertSame(high, bids.first(bids.best()));
        assertSame(low, bids.first(0));
        bids.unlink(1, high);
        bids.unlink(0, low);
        assertEquals(-1, bids.best());
        assertNull(low.next);
    }

    @Test
    void findsLevelsByExactPriceOnly() {
        PriceLevels asks = new PriceLevels(Side.SELL);
        asks.add(limit(Side.SELL, 0.1 + 0.2));
        assertEquals(-1, asks.find(0.3));
        assertEquals(0, asks.find(0.1 + 0.2));
        assertEquals(-1, new PriceLevels(Side.BUY).find(1));
    }

    @Test
    void agreesWithASortedMapOverManyRandomAddsAndRemoves() {
        SplittableRandom r = new SplittableRandom(3);
        PriceLevels bids = new PriceLevels(Side.BUY);
        TreeMap<Double, List<WorkingOrder>> expected = new TreeMap<>();
        List<WorkingOrder> resting = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            if (resting.isEmpty() || r.nextInt(3) > 0) {
                WorkingOrder w = limit(Side.BUY, 90 + r.nextInt(400) * 0.05);
                bids.add(w);
                expected.computeIfAbsent(w.order.limitPrice(), p -> new ArrayList<>()).add(w);
                resting.add(w);
            } else {
                WorkingOrder w = resting.remove(r.nextInt(resting.size()));
                bids.remove(w);
                List<WorkingOrder> level = expected.get(w.order.limitPrice());
                level.remove(w);
                if (level.isEmpty()) {
                    expected.remove(w.order.limitPrice());
                }
            }
        }
        List<Double> prices = new ArrayList<>(expected.descendingKeySet());
        assertEquals(prices, prices(bids));
        for (double p : prices) {
            assertEquals(expected.get(p), ordersAt(bids, bids.find(p)));
        }
    }
}
