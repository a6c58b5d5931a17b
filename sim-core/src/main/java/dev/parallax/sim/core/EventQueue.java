package dev.parallax.sim.core;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * What the simulator must do at a later time: an order or a cancel arriving at the venue, or a
 * fill reaching the trader. Events come out by time, then in the order they were added.
 *
 * <h2>How</h2>
 * A timing wheel in front of a binary heap. Time is cut into ticks of {@code 2^20} ns (about
 * 1.05 ms), and the wheel has one bucket per tick for the {@value #BUCKETS} ticks from the
 * earliest event it holds: about 4.4 s, which covers the latencies of every model shipped with
 * Parallax. A bucket keeps its events in a list sorted by time, then by when they were added; a
 * bit per bucket marks the ones in use, so the earliest event is found by looking for the first
 * set bit from the wheel's start, a word of 64 buckets at a time, without comparing events.
 * Scheduling an event in the wheel costs a shift, a mask and an append.
 *
 * <p>Events the wheel cannot take go to a binary heap (parallel primitive arrays, no object per
 * event): those too far ahead, those before the wheel's start, and those that would have to be
 * sorted into a bucket already holding {@value #SORTED_INSERT_LIMIT} later events. The next event
 * is the earlier of the wheel's first and the heap's first, so the order never depends on where an
 * event went. Both parts reuse their storage: once grown to a run's peak, scheduling allocates
 * nothing.
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

    /** Nanoseconds per tick, as a shift: 2^20 ns, about 1.05 ms. */
    static final int TICK_SHIFT = 20;
    /** Buckets in the wheel, a power of two. */
    static final int BUCKETS = 4096;
    /** Events walked past to sort a new one into a bucket before it goes to the heap instead. */
    static final int SORTED_INSERT_LIMIT = 8;
    private static final int NONE = -1;

    // Wheel events live in slots; a bucket is a list of slots linked through next.
    private long[] times = new long[64];
    private long[] sequences = new long[64];
    private int[] next = new int[64];
    private Kind[] kinds = new Kind[64];
    private Object[] payloads = new Object[64];
    private int freeSlot = NONE;
    private int slotsUsed;
    private final int[] heads = new int[BUCKETS];
    private final int[] tails = new int[BUCKETS];
    private final long[] occupied = new long[BUCKETS / 64];
    /** The tick of bucket {@code startTick & (BUCKETS - 1)}; no wheel event is earlier. */
    private long startTick;
    private int wheelCount;

    private final EventHeap heap = new EventHeap();
    private long nextSequence;

    /** The slot of the wheel's first event, or NONE; valid while {@link #firstKnown}. */
    private int firstSlot = NONE;
    private boolean firstKnown = true;

    EventQueue() {
        Arrays.fill(heads, NONE);
        Arrays.fill(tails, NONE);
    }

    boolean isEmpty() {
        return wheelCount == 0 && heap.isEmpty();
    }

    /** Schedules {@code payload} at {@code timeNanos}, after every event already scheduled for that time. */
    void add(long timeNanos, Kind kind, Object payload) {
        insert(timeNanos, nextSequence++, kind, payload);
    }

    /** The time of the next event. Only when not empty. */
    long firstTime() {
        int slot = wheelFirst();
        return slot != NONE && (heap.isEmpty() || wheelFirstBeforeHeap(slot)) ? times[slot] : heap.firstTime();
    }

    /** The kind of the next event. Only when not empty. */
    Kind firstKind() {
        int slot = wheelFirst();
        return slot != NONE && (heap.isEmpty() || wheelFirstBeforeHeap(slot)) ? kinds[slot] : heap.firstKind();
    }

    /** The payload of the next event. Only when not empty. */
    Object firstPayload() {
        int slot = wheelFirst();
        return slot != NONE && (heap.isEmpty() || wheelFirstBeforeHeap(slot)) ? payloads[slot] : heap.firstPayload();
    }

    /** Drops the next event. Only when not empty. */
    void removeFirst() {
        int slot = wheelFirst();
        if (slot == NONE || !heap.isEmpty() && !wheelFirstBeforeHeap(slot)) {
            heap.removeFirst();
            return;
        }
        int bucket = (int) (startTick & (BUCKETS - 1));
        int after = next[slot];
        heads[bucket] = after;
        if (after == NONE) {
            tails[bucket] = NONE;
            occupied[bucket >>> 6] &= ~(1L << bucket);
        }
        kinds[slot] = null;
        payloads[slot] = null;
        next[slot] = freeSlot;
        freeSlot = slot;
        wheelCount--;
        firstKnown = false;
    }

    /**
     * Takes out every event of {@code kind} and hands their payloads to {@code action} in the
     * order they would have come due; the other events stay scheduled as they were.
     */
    void drain(Kind kind, Consumer<Object> action) {
        int n = wheelCount + heap.size();
        long[] t = new long[n];
        long[] s = new long[n];
        Kind[] k = new Kind[n];
        Object[] p = new Object[n];
        for (int i = 0; i < n; i++) {
            int slot = wheelFirst();
            if (slot != NONE && (heap.isEmpty() || wheelFirstBeforeHeap(slot))) {
                t[i] = times[slot];
                s[i] = sequences[slot];
            } else {
                t[i] = heap.firstTime();
                s[i] = heap.firstSequence();
            }
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

    private boolean wheelFirstBeforeHeap(int slot) {
        long t = times[slot];
        long h = heap.firstTime();
        return t < h || (t == h && sequences[slot] < heap.firstSequence());
    }

    /** The slot of the wheel's earliest event, or NONE when the wheel is empty; moves the wheel's start to its tick. */
    private int wheelFirst() {
        if (firstKnown) {
            return firstSlot;
        }
        firstKnown = true;
        if (wheelCount == 0) {
            firstSlot = NONE;
            return NONE;
        }
        int start = (int) (startTick & (BUCKETS - 1));
        int bucket = nextOccupied(start);
        startTick += (bucket - start) & (BUCKETS - 1);
        firstSlot = heads[bucket];
        return firstSlot;
    }

    /** The first bucket in use at or after {@code start}, going round the wheel once. Only when the wheel is not empty. */
    private int nextOccupied(int start) {
        int word = start >>> 6;
        long bits = occupied[word] & (-1L << start);
        int words = occupied.length;
        for (int i = 0; bits == 0; i++) {
            word = (word + 1) & (words - 1);
            bits = occupied[word];
            if (i == words) {
                throw new IllegalStateException("wheel holds " + wheelCount + " events but no bucket is marked");
            }
        }
        return (word << 6) + Long.numberOfTrailingZeros(bits);
    }

    private void insert(long time, long sequence, Kind kind, Object payload) {
        long tick = time >> TICK_SHIFT;
        if (wheelCount == 0) {
            startTick = tick;
        }
        long offset = tick - startTick;
        if (offset < 0 || offset >= BUCKETS || !insertInWheel(time, sequence, kind, payload, (int) (tick & (BUCKETS - 1)))) {
            heap.insert(time, sequence, kind, payload);
        }
    }

    /** Sorts the event into its bucket; false, changing nothing, if that would mean walking past too many events. */
    private boolean insertInWheel(long time, long sequence, Kind kind, Object payload, int bucket) {
        int tail = tails[bucket];
        int before = NONE;
        int after = NONE;
        if (tail != NONE && before(time, sequence, times[tail], sequences[tail])) {
            after = heads[bucket];
            for (int walked = 0; !before(time, sequence, times[after], sequences[after]); walked++) {
                if (walked == SORTED_INSERT_LIMIT) {
                    return false;
                }
                before = after;
                after = next[after];
            }
        } else {
            before = tail;
        }
        int slot = takeSlot();
        times[slot] = time;
        sequences[slot] = sequence;
        kinds[slot] = kind;
        payloads[slot] = payload;
        next[slot] = after;
        if (before == NONE) {
            heads[bucket] = slot;
        } else {
            next[before] = slot;
        }
        if (after == NONE) {
            tails[bucket] = slot;
        }
        occupied[bucket >>> 6] |= 1L << bucket;
        wheelCount++;
        if (firstKnown && (firstSlot == NONE || before(time, sequence, times[firstSlot], sequences[firstSlot]))) {
            firstKnown = false;
        }
        return true;
    }

    private int takeSlot() {
        int slot = freeSlot;
        if (slot != NONE) {
            freeSlot = next[slot];
            return slot;
        }
        if (slotsUsed == times.length) {
            int capacity = slotsUsed * 2;
            times = Arrays.copyOf(times, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            next = Arrays.copyOf(next, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
        }
        return slotsUsed++;
    }

    static boolean before(long time, long sequence, long otherTime, long otherSequence) {
        return time < otherTime || (time == otherTime && sequence < otherSequence);
    }
}
