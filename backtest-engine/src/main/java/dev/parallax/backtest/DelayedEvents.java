package dev.parallax.backtest;

import dev.parallax.sim.api.data.MarketEvent;

/**
 * Market events the venue has applied and the strategy has not seen yet, oldest first, each with
 * the time the strategy sees it and the price the symbol was marked at when it happened. A ring of
 * parallel arrays (power-of-two length, doubled when full), so queueing an event allocates nothing
 * once the ring is as long as the most events ever in flight at once.
 */
final class DelayedEvents {

    private MarketEvent[] events = new MarketEvent[16];
    private long[] due = new long[16];
    private double[] marks = new double[16];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Queues {@code event}, seen at {@code dueNanos} (never before the events queued already). */
    void add(MarketEvent event, long dueNanos, double mark) {
        if (size == events.length) {
            grow();
        }
        int i = (head + size) & (events.length - 1);
        events[i] = event;
        due[i] = dueNanos;
        marks[i] = mark;
        size++;
    }

    /** The time the oldest event is seen; call only when not empty. */
    long firstDueNanos() {
        return due[head];
    }

    /** The oldest event; call only when not empty. */
    MarketEvent first() {
        return events[head];
    }

    /** The mark when the oldest event happened; call only when not empty. */
    double firstMark() {
        return marks[head];
    }

    /** Drops the oldest event. */
    void removeFirst() {
        events[head] = null;
        head = (head + 1) & (events.length - 1);
        size--;
    }

    private void grow() {
        int n = events.length;
        MarketEvent[] e = new MarketEvent[n * 2];
        long[] d = new long[n * 2];
        double[] m = new double[n * 2];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (n - 1);
            e[k] = events[i];
            d[k] = due[i];
            m[k] = marks[i];
        }
        events = e;
        due = d;
        marks = m;
        head = 0;
    }
}
