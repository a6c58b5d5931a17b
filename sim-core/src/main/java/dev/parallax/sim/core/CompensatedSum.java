package dev.parallax.sim.core;

/**
 * A running sum that keeps the low-order bits plain addition drops (Neumaier's variant of Kahan
 * summation), so that totals of many small fees stay exact to the cent.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;
    private long count;

    void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
        count++;
    }

    double sum() {
        return sum + compensation;
    }

    long count() {
        return count;
    }

    /** The mean of the values added, or {@code NaN} when none were. */
    double mean() {
        return count == 0 ? Double.NaN : sum() / count;
    }
}
