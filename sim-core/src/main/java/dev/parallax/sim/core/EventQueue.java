package dev.parallax.sim.core;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * What the simulator must do at a later time: an order or a cancel arriving at the venue, or a
 * fill reaching the trader. Events come out by time, then in the order they were added.
 *
 * <p>A binary min-heap kept in parallel primitive arrays (time, sequence, slot), so scheduling an
 * event allocates nothing once the arrays have grown to the run's peak. An event's kind and
 * payload sit in a slot that does not move while the heap is reordered: sifting copies only
 * {@code long}s and {@code int}s, with no reference stores and so no garbage-collector write
 * barriers. Freed slots are reused, last freed first.
 */
final class EventQueue {

    /** What an event does when it comes due. */
    enum Kind {
        /** The payload, a {@link WorkingOrder}, reaches the venue. */
        ORDER_ARRIVES,
        /** A cancel of the payload, a {@link WorkingOrder}, reaches the venue. */
        CANCEL_ARRIVES,
        /** The payload, a {@link dev.parallax.sim.api.Fill}, reaches the trader. */
        FILL_NOTIFIED
    }

    private long[] times = new long[64];
    private long[] sequences = new long[64];
    /** The slot of each heap entry, where its kind and payload are. */
    private int[] slots = new int[64];
    private Kind[] kinds = new Kind[64];
    private Object[] payloads = new Object[64];
    /** Slots not in use; when empty, slots {@code 0..size-1} are all in use. */
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int size;
    private long nextSequence;

    boolean isEmpty() {
        return size == 0;
    }

    /** Schedules {@code payload} at {@code timeNanos}, after every event already scheduled for that time. */
    void add(long timeNanos, Kind kind, Object payload) {
        insert(timeNanos, nextSequence++, kind, payload);
    }

    /** The time of the next event. Only when not empty. */
    long firstTime() {
        return times[0];
    }

    /** The kind of the next event. Only when not empty. */
    Kind firstKind() {
        return kinds[slots[0]];
    }

    /** The payload of the next event. Only when not empty. */
    Object firstPayload() {
        return payloads[slots[0]];
    }

    /** Drops the next event. Only when not empty. */
    void removeFirst() {
        int slot = slots[0];
        kinds[slot] = null;
        payloads[slot] = null;
        freeSlots[freeCount++] = slot;
        int last = --size;
        if (last > 0) {
            siftDown(times[last], sequences[last], slots[last]);
        }
    }

    /**
     * Takes out every event of {@code kind} and hands their payloads to {@code action} in the
     * order they would have come due; the other events stay scheduled as they were.
     */
    void drain(Kind kind, Consumer<Object> action) {
        int n = size;
        long[] t = new long[n];
        long[] s = new long[n];
        Kind[] k = new Kind[n];
        Object[] p = new Object[n];
        for (int i = 0; i < n; i++) {
            t[i] = times[0];
            s[i] = sequences[0];
            k[i] = firstKind();
            p[i] = firstPayload();
            removeFirst();
        }
        for (int i = 0; i < n; i++) {
            if (k[i] != kind) {
                insert(t[i], s[i], k[i], p[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (k[i] == kind) {
                action.accept(p[i]);
            }
        }
    }

    private void insert(long time, long sequence, Kind kind, Object payload) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            slots = Arrays.copyOf(slots, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : size;
        kinds[slot] = kind;
        payloads[slot] = payload;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, sequence, times[parent], sequences[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, time, sequence, slot);
    }

    /** Puts the given entry, taken from the end, into the hole left at the root. */
    private void siftDown(long time, long sequence, int slot) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(times[right], sequences[right], times[child], sequences[child])) {
                child = right;
            }
            if (!before(times[child], sequences[child], time, sequence)) {
                break;
            }
            move(child, i);
            i = child;
        }
        put(i, time, sequence, slot);
    }

    private static boolean before(long time, long sequence, long otherTime, long otherSequence) {
        return time < otherTime || (time == otherTime && sequence < otherSequence);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        slots[to] = slots[from];
    }

    private void put(int i, long time, long sequence, int slot) {
        times[i] = time;
        sequences[i] = sequence;
        slots[i] = slot;
    }
}
