package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Duration;

/**
 * Volume over a rolling window, such as the trailing 30 days most crypto venues tier on: the sum of the
 * amounts recorded at times {@code t} with {@code now - window < t <= now}.
 *
 * <p>Amounts are kept in two primitive ring buffers (times and amounts) that grow only with the number
 * of fills inside one window; entries that leave the window are dropped as time moves on. See
 * {@link TradedVolume} for how times earlier than the latest one are treated.
 */
public final class RollingVolume implements TradedVolume {

    /** The 30 days crypto venues use. */
    public static final Duration THIRTY_DAYS = Duration.ofDays(30);

    private final long windowNanos;
    private long[] times = new long[16];
    private double[] amounts = new double[16];
    private int head;
    private int size;
    private double total;
    private long latest = Long.MIN_VALUE;

    /** An empty volume over {@code window}, which must be positive. */
    public RollingVolume(Duration window) {
        notNull("window", window);
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be > 0, was " + window);
        }
        this.windowNanos = window.toNanos();
    }

    /** An empty volume over the trailing 30 days. */
    public static RollingVolume thirtyDays() {
        return new RollingVolume(THIRTY_DAYS);
    }

    @Override
    public void record(long timeNanos, double amount) {
        nonNegative("amount", amount);
        long t = advance(timeNanos);
        if (size == times.length) {
            grow();
        }
        int tail = (head + size) % times.length;
        times[tail] = t;
        amounts[tail] = amount;
        size++;
        total += amount;
    }

    @Override
    public double volumeAt(long timeNanos) {
        advance(timeNanos);
        return total;
    }

    private long advance(long timeNanos) {
        latest = Math.max(latest, timeNanos);
        long cutoff = latest - windowNanos;
        while (size > 0 && times[head] <= cutoff) {
            total -= amounts[head];
            head = (head + 1) % times.length;
            size--;
        }
        if (size == 0 || total < 0) {
            total = size == 0 ? 0 : recount();
        }
        return latest;
    }

    private double recount() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += amounts[(head + i) % times.length];
        }
        return sum;
    }

    private void grow() {
        long[] t = new long[times.length * 2];
        double[] a = new double[times.length * 2];
        for (int i = 0; i < size; i++) {
            t[i] = times[(head + i) % times.length];
            a[i] = amounts[(head + i) % times.length];
        }
        times = t;
        amounts = a;
        head = 0;
    }
}
