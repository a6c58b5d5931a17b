package dev.parallax.backtest;

/**
 * The quantity traded over a trailing window, over a growable ring of primitive arrays: O(1)
 * amortised per trade, no boxing.
 */
final class TrailingVolume {

    private final long windowNanos;
    private long[] times = new long[64];
    private double[] sizes = new double[64];
    private int head;
    private int count;
    private double total;

    TrailingVolume(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    void add(long timeNanos, double size) {
        expire(timeNanos);
        if (count == times.length) {
            grow();
        }
        int slot = (head + count) % times.length;
        times[slot] = timeNanos;
        sizes[slot] = size;
        count++;
        total += size;
    }

    /** The volume of trades within the window ending at {@code now}. */
    double at(long now) {
        expire(now);
        return count == 0 ? 0.0 : Math.max(0.0, total);
    }

    private void expire(long now) {
        while (count > 0 && times[head] <= now - windowNanos) {
            total -= sizes[head];
            head = (head + 1) % times.length;
            count--;
        }
        if (count == 0) {
            total = 0;
        }
    }

    private void grow() {
        long[] t = new long[times.length * 2];
        double[] s = new double[sizes.length * 2];
        for (int i = 0; i < count; i++) {
            t[i] = times[(head + i) % times.length];
            s[i] = sizes[(head + i) % sizes.length];
        }
        times = t;
        sizes = s;
        head = 0;
    }
}
