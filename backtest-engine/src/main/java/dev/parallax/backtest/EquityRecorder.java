package dev.parallax.backtest;

import dev.parallax.backtest.result.EquitySeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps equity points, one per timestamp, at most one per interval, in fixed-size chunks of
 * primitive columns: a point costs its 16 bytes and nothing is copied while the run grows; the
 * columns are joined once, when the series is built.
 */
final class EquityRecorder {

    private static final int CHUNK = 4_096;

    private final long intervalNanos;
    private final List<long[]> timeChunks = new ArrayList<>();
    private final List<double[]> valueChunks = new ArrayList<>();
    /** The chunk being filled; {@code filled} of its points are in use. */
    private long[] times;
    private double[] values;
    private int filled = CHUNK;
    private int size;

    EquityRecorder(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    void record(long timeNanos, double equity) {
        if (size > 0 && times[filled - 1] == timeNanos) {
            values[filled - 1] = equity;
            return;
        }
        if (size > 0 && intervalNanos > 0 && timeNanos - times[filled - 1] < intervalNanos) {
            return;
        }
        append(timeNanos, equity);
    }

    /** Replaces the value of the last point, or adds one: the run's final equity is always kept. */
    void finish(long timeNanos, double equity) {
        if (size > 0 && times[filled - 1] >= timeNanos) {
            values[filled - 1] = equity;
        } else {
            append(timeNanos, equity);
        }
    }

    private void append(long timeNanos, double equity) {
        if (filled == CHUNK) {
            times = new long[CHUNK];
            values = new double[CHUNK];
            timeChunks.add(times);
            valueChunks.add(values);
            filled = 0;
        }
        times[filled] = timeNanos;
        values[filled] = equity;
        filled++;
        size++;
    }

    EquitySeries series() {
        long[] allTimes = new long[size];
        double[] allValues = new double[size];
        for (int c = 0, at = 0; at < size; c++, at += CHUNK) {
            int n = Math.min(CHUNK, size - at);
            System.arraycopy(timeChunks.get(c), 0, allTimes, at, n);
            System.arraycopy(valueChunks.get(c), 0, allValues, at, n);
        }
        return new EquitySeries(allTimes, allValues);
    }
}
