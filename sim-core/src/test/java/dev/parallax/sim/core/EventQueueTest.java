package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private record Scheduled(long time, int added, EventQueue.Kind kind) {
    }

    private static List<Object> pollAll(EventQueue queue) {
        List<Object> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            out.add(queue.firstPayload());
            queue.removeFirst();
        }
        return out;
    }

    @Test
    void eventsComeOutByTimeThenInTheOrderTheyWereAdded() {
        SplittableRandom r = new SplittableRandom(11);
        EventQueue queue = new EventQueue();
        List<Scheduled> added = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Scheduled s = new Scheduled(r.nextLong(0, 300), i, EventQueue.Kind.ORDER_ARRIVES);
            added.add(s);
            queue.add(s.time(), s.kind(), s);
        }
        added.sort(Comparator.comparingLong(Scheduled::time).thenComparingInt(Scheduled::added));
        assertEquals(added, pollAll(queue));
    }

    @Test
    void addingWhileTakingKeepsTheOrder() {
        EventQueue queue = new EventQueue();
        queue.add(10, EventQueue.Kind.ORDER_ARRIVES, "a");
        queue.add(5, EventQueue.Kind.ORDER_ARRIVES, "b");
        assertEquals(5, queue.firstTime());
        queue.removeFirst();
        queue.add(10, EventQueue.Kind.CANCEL_ARRIVES, "c");
        queue.add(7, EventQueue.Kind.FILL_NOTIFIED, "d");
        assertEquals(EventQueue.Kind.FILL_NOTIFIED, queue.firstKind());
        assertEquals(List.of("d", "a", "c"), pollAll(queue));
    }

    @Test
    void drainTakesOneKindInOrderAndLeavesTheRestAsTheyWere() {
        EventQueue queue = new EventQueue();
        queue.add(30, EventQueue.Kind.FILL_NOTIFIED, "late notice");
        queue.add(20, EventQueue.Kind.ORDER_ARRIVES, "order");
        queue.add(10, EventQueue.Kind.FILL_NOTIFIED, "early notice");
        queue.add(20, EventQueue.Kind.CANCEL_ARRIVES, "cancel");
        List<Object> drained = new ArrayList<>();
        queue.drain(EventQueue.Kind.FILL_NOTIFIED, drained::add);
        assertEquals(List.of("early notice", "late notice"), drained);
        queue.add(20, EventQueue.Kind.ORDER_ARRIVES, "later order");
        assertEquals(List.of("order", "cancel", "later order"), pollAll(queue));
        assertTrue(queue.isEmpty());
    }
}
