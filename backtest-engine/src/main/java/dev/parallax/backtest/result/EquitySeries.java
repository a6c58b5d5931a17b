package dev.parallax.backtest.result;

import java.util.Arrays;

/**
 * The equity curve: account equity at increasing times (epoch nanoseconds), held in two columns.
 * Immutable; the accessors return copies.
 */
public final class EquitySeries {

    private final long[] times;
    private final double[] values;

    /** A series of equal-length columns with strictly increasing times. */
    public EquitySeries(long[] times, double[] values) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values must have the same length, were " + times.length
                    + " and " + values.length);
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times must increase, but times[" + i + "] = " + times[i]
                        + " <= " + times[i - 1]);
            }
        }
        this.times = times.clone();
        this.values = values.clone();
    }

    /** Number of points. */
    public int size() {
        return times.length;
    }

    /** The times, epoch nanoseconds. */
    public long[] times() {
        return times.clone();
    }

    /** The equity values. */
    public double[] values() {
        return values.clone();
    }

    /** Time of point {@code i}. */
    public long timeAt(int i) {
        return times[i];
    }

    /** Equity of point {@code i}. */
    public double valueAt(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquitySeries other && Arrays.equals(times, other.times)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
    }
}
