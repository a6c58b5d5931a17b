package dev.parallax.sim.api.indicator;

import dev.parallax.sim.api.Preconditions;

/** A fixed-size ring of the most recent values. */
final class Window {

    private final double[] values;
    private int next;
    private long count;

    Window(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + size);
        }
        values = new double[size];
    }

    /** Adds {@code value}; returns the value it pushed out, or NaN while the window was filling. */
    double push(double value) {
        Preconditions.finite("indicator input", value);
        double evicted = count >= values.length ? values[next] : Double.NaN;
        values[next] = value;
        next = next + 1 == values.length ? 0 : next + 1;
        count++;
        return evicted;
    }

    boolean full() {
        return count >= values.length;
    }

    int size() {
        return values.length;
    }

    long count() {
        return count;
    }

    /** The exact sum of the values held, recomputed. */
    double exactSum() {
        double sum = 0;
        int n = held();
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** The exact sum of the squares of the values held, recomputed. */
    double exactSumOfSquares() {
        double sum = 0;
        int n = held();
        for (int i = 0; i < n; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    private int held() {
        return (int) Math.min(count, values.length);
    }
}
