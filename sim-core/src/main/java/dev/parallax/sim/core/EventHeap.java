package dev.parallax.sim.core;

import java.util.Arrays;

/**
 * The events {@link EventQueue}'s timing wheel does not take, in a binary min-heap ordered by
 * time, then sequence. Kept in parallel primitive arrays (time, sequence, slot); an event's kind
 * and payload sit in a slot that does not move while the heap is reordered, so sifting copies only
 * {@code long}s and {@code int}s. Freed slots are reused, last freed first.
 */
final class EventHeap {

    private long[] times = new long[16];
    private long[] sequences = new long[16];
    /** The slot of each heap entry, where its kind and payload are. */
    private int[] slots = new int[16];
    private EventQueue.Kind[] kinds = new EventQueue.Kind[16];
    private Object[] payloads = new Object[16];
    /** Slots not in use; when empty, slots {@code 0..size-1} are all in use. */
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Only when not empty, as are the other accessors of the first event. */
    long firstTime() {
        return times[0];
    }

    long firstSequence() {
        return sequences[0];
    }

    EventQueue.Kind firstKind() {
        return kinds[slots[0]];
    }

    Object firstPayload() {
        return payloads[slots[0]];
    }

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

    void insert(long time, long sequence, EventQueue.Kind kind, Object payload) {
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
            if (!EventQueue.before(time, sequence, times[parent], sequences[parent])) {
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
            if (right < size && EventQueue.before(times[right], sequences[right], times[child], sequences[child])) {
                child = right;
            }
            if (!EventQueue.before(times[child], sequences[child], time, sequence)) {
                break;
            }
            move(child, i);
            i = child;
        }
        put(i, time, sequence, slot);
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
