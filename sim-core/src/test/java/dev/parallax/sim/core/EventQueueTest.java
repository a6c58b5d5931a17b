package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
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

    private static final long TICK = 1L << EventQueue.TICK_SHIFT;
    private static final long HORIZON = TICK * EventQueue.BUCKETS;

    /**
     * Adds and takes events in random interleavings and checks every event against a plain
     * priority queue ordered by time, then order of adding. The times are drawn so that events go
     * to every part of the queue: the wheel, far beyond its horizon, before its start, and bursts
     * into one bucket longer than a sorted insert may walk; and times equal to earlier ones, which may
     * have gone to another part.
     */
    @Test
    void matchesAReferenceQueueWhereverTheEventsGo() {
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 40; round++) {
            EventQueue queue = new EventQueue();
            PriorityQueue<Scheduled> reference = new PriorityQueue<>(
                    Comparator.comparingLong(Scheduled::time).thenComparingInt(Scheduled::added));
            long now = 1_700_000_000_000_000_000L + r.nextLong(0, HORIZON);
            int added = 0;
            List<Long> times = new ArrayList<>();
            for (int step = 0; step < 3_000; step++) {
                int burst = r.nextInt(4) == 0 ? EventQueue.SORTED_INSERT_LIMIT * 3 : 1 + r.nextInt(3);
                long base = now;
                for (int i = 0; i < burst; i++) {
                    long time = switch (r.nextInt(8)) {
                        case 0 -> base + HORIZON + r.nextLong(0, 3 * HORIZON);      // beyond the horizon
                        case 1 -> base - r.nextLong(0, 4 * TICK);                    // before the wheel's start
                        case 2 -> base + r.nextLong(0, TICK);                        // into one bucket, any order
                        case 3 -> times.isEmpty() ? base : times.get(r.nextInt(times.size())); // a tie, maybe across parts
                        default -> base + r.nextLong(0, 400 * TICK);                 // latency-like
                    };
                    EventQueue.Kind kind = EventQueue.Kind.values()[r.nextInt(3)];
                    Scheduled s = new Scheduled(time, added++, kind);
                    times.add(time);
                    queue.add(time, kind, s);
                    reference.add(s);
                }
                int takes = r.nextInt(burst + 2);
                for (int i = 0; i < takes && !reference.isEmpty(); i++) {
                    Scheduled expected = reference.poll();
                    assertEquals(expected.time(), queue.firstTime());
                    assertEquals(expected.kind(), queue.firstKind());
                    assertEquals(expected, queue.firstPayload());
                    queue.removeFirst();
                    now = Math.max(now, expected.time());
                }
                now += r.nextLong(0, 20 * TICK);
            }
            List<Object> rest = new ArrayList<>();
            while (!reference.isEmpty()) {
                rest.add(reference.poll());
            }
            assertEquals(rest, pollAll(queue));
        }
    }

    @Test
    void drainKeepsTheOrderOfEventsInTheWheelAndBeyondIt() {
        EventQueue queue = new EventQueue();
        long t0 = 1_000_000L * TICK;
        queue.add(t0 + 5 * HORIZON, EventQueue.Kind.FILL_NOTIFIED, "far notice");
        queue.add(t0, EventQueue.Kind.ORDER_ARRIVES, "order");
        queue.add(t0 + 3 * HORIZON, EventQueue.Kind.ORDER_ARRIVES, "far order");
        queue.add(t0 + TICK, EventQueue.Kind.FILL_NOTIFIED, "near notice");
        queue.add(t0 - 2 * TICK, EventQueue.Kind.CANCEL_ARRIVES, "early cancel");
        List<Object> drained = new ArrayList<>();
        queue.drain(EventQueue.Kind.FILL_NOTIFIED, drained::add);
        assertEquals(List.of("near notice", "far notice"), drained);
        queue.add(t0, EventQueue.Kind.ORDER_ARRIVES, "second order");
        assertEquals(List.of("early cancel", "order", "second order", "far order"), pollAll(queue));
    }
}
