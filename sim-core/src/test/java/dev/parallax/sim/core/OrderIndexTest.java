package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderIndexTest {

    private static WorkingOrder order(String id) {
        return new WorkingOrder(Order.market(id, "X", Side.BUY, 1, 0), 0);
    }

    @Test
    void findsWhatWasAddedAndForgetsWhatWasRemoved() {
        OrderIndex index = new OrderIndex();
        WorkingOrder a = order("a");
        index.add(a);
        assertSame(a, index.get(new String("a".toCharArray())));
        assertNull(index.get("b"));
        index.remove(a);
        assertNull(index.get("a"));
        assertEquals(0, index.size());
    }

    @Test
    void removingAnOlderOrderWithAReusedIdLeavesTheNewOne() {
        OrderIndex index = new OrderIndex();
        WorkingOrder first = order("x");
        index.add(first);
        index.remove(first);
        WorkingOrder second = order("x");
        index.add(second);
        index.remove(first);
        assertSame(second, index.get("x"));
    }

    @Test
    void agreesWithAHashMapOverManyRandomAddsAndRemoves() {
        SplittableRandom r = new SplittableRandom(5);
        OrderIndex index = new OrderIndex();
        Map<String, WorkingOrder> expected = new HashMap<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            int phase = i / 50_000; // grow, shrink, grow, shrink: long probe runs, wrap-around, gaps closed
            boolean add = present.isEmpty() || r.nextInt(10) < (phase % 2 == 0 ? 7 : 3);
            if (add) {
                String id = "o" + r.nextInt(1_000_000);
                if (!expected.containsKey(id)) {
                    WorkingOrder w = order(id);
                    index.add(w);
                    expected.put(id, w);
                    present.add(id);
                }
            } else {
                int at = r.nextInt(present.size());
                String id = present.get(at);
                present.set(at, present.get(present.size() - 1));
                present.remove(present.size() - 1);
                index.remove(expected.remove(id));
            }
            if (i % 10_000 == 0) {
                for (Map.Entry<String, WorkingOrder> e : expected.entrySet()) {
                    assertSame(e.getValue(), index.get(e.getKey()));
                }
            }
        }
        assertEquals(expected.size(), index.size());
        for (Map.Entry<String, WorkingOrder> e : expected.entrySet()) {
            assertSame(e.getValue(), index.get(e.getKey()));
        }
        for (int i = 0; i < 10_000; i++) {
            String id = "o" + r.nextInt(1_000_000);
            assertSame(expected.get(id), index.get(id));
        }
    }
}
