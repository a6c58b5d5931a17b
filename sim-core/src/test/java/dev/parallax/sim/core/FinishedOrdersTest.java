package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FinishedOrdersTest {

    @Test
    void findsEveryStoredIdAndNoOtherWhateverTheOrderOfAddsAndLookups() {
        FinishedOrders store = new FinishedOrders();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            String id = "id-" + r.nextInt(1_000_000);
            if (!expected.containsKey(id) && r.nextInt(3) > 0) {
                OrderStatus status = r.nextBoolean() ? OrderStatus.FILLED : OrderStatus.CANCELLED;
                double remaining = status == OrderStatus.FILLED ? 0.0 : r.nextDouble();
                expected.put(id, store.size());
                store.add(id, status, remaining);
                assertEquals(status, store.status(store.find(id)));
                assertEquals(remaining, store.remaining(store.find(id)));
            } else {
                assertEquals(expected.getOrDefault(id, -1), store.find(id), id);
            }
        }
        expected.forEach((id, position) -> assertEquals(position, store.find(id), id));
        assertEquals(expected.size(), store.size());
    }

    @Test
    void tellsApartIdsWithTheSameHash() {
        FinishedOrders store = new FinishedOrders();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        store.add("Aa", OrderStatus.CANCELLED, 2.5);
        assertEquals(-1, store.find("BB"));
        store.add("BB", OrderStatus.FILLED, 0.0);
        assertEquals(OrderStatus.CANCELLED, store.status(store.find("Aa")));
        assertEquals(2.5, store.remaining(store.find("Aa")));
        assertEquals(OrderStatus.FILLED, store.status(store.find("BB")));
        assertEquals(-1, store.find("C#"));
    }
}
