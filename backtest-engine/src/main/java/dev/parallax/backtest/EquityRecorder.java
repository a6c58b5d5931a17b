package dev.parallax.backtest;

import dev.parallax.backtest.result.EquitySeries;
import java.util.Arrays;

/** Keeps equity points in growable primitive arrays, one per timestamp, at most one per interval. */
final class EquityRecorder {

    private final long intervalNanos;
    private long[] times = new long[1024];
    private double[] values = new double[1024];
    private int size;

    EquityRecorder(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    void record(long timeNanos, double equity) {
        if (size > 0 && times[size - 1] == timeNanos) {
            values[size - 1] = equity;
            return;
        }
        if (size > 0 && intervalNanos > 0 && timeNanos - times[size - 1] < intervalNanos) {
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = timeNanos;
        values[size] = equity;
        size++;
    }

    /** Replaces the value of the last point, or adds one: the run's final equity is always kept. */
    void finish(long timeNanos, double equity) {
        if (size > 0 && times[size - 1] >= timeNanos) {
            values[size - 1] = equity;
        } else {
            if (size == times.length) {
                times = Arrays.copyOf(times, size + 1);
                values = Arrays.copyOf(values, size + 1);
            }
            times[size] = timeNanos;
            values[size] = equity;
            size++;
        }
    }

    EquitySeries series() {
        return new EquitySeries(Arrays.copyOf(times, size), Arrays.copyOf(values, size));
    }
}
