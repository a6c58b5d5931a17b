package dev.parallax.sim.api;

/**
 * A running sum that keeps the low-order bits plain addition drops (Neumaier's variant of Kahan
 * summation), so that totals of many fees or P&L amounts of different sizes stay exact to the
 * cent. Not thread-safe.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;
    private long count;

    /** Adds {@code value}. */
    public void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
        count++;
    }

    /** The compensated total. */
    public double sum() {
        return sum + compensation;
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** The mean of the values added, or {@code NaN} when none were. */
    public double mean() {
        return count == 0 ? Double.NaN : sum() / count;
    }
}
