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

    /** An empty sum. */
    public CompensatedSum() {
    }

    /**
     * A sum that continues from a state read earlier with {@link #uncompensated()},
     * {@link #compensation()} and {@link #count()}: adding the same values to it afterwards gives
     * the same bits as adding them to the sum the state was read from.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static CompensatedSum resume(double uncompensated, double compensation, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        CompensatedSum resumed = new CompensatedSum();
        resumed.sum = uncompensated;
        resumed.compensation = compensation;
        resumed.count = count;
        return resumed;
    }

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

    /** The running total without the correction term: what plain addition of the values would give. */
    public double uncompensated() {
        return sum;
    }

    /** The correction term: the low-order bits plain addition dropped, added back by {@link #sum()}. */
    public double compensation() {
        return compensation;
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
