package dev.parallax.ledger;

import dev.parallax.sim.api.CompensatedSum;

/**
 * The whole state of a {@link CompensatedSum}, correction term included, so that a sum saved and
 * resumed goes on bit for bit.
 *
 * @param uncompensated the running total without the correction term
 * @param compensation  the correction term
 * @param count         how many values were added, {@code >= 0}
 */
public record SumState(double uncompensated, double compensation, long count) {

    /** An empty sum. */
    public static final SumState ZERO = new SumState(0, 0, 0);

    /** Checks that the count is not negative. */
    public SumState {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
    }

    /** The state of {@code sum} now. */
    public static SumState of(CompensatedSum sum) {
        return new SumState(sum.uncompensated(), sum.compensation(), sum.count());
    }

    /** A new sum that continues from this state. */
    public CompensatedSum resume() {
        return CompensatedSum.resume(uncompensated, compensation, count);
    }

    /** The compensated total, as {@link CompensatedSum#sum()} gives it. */
    public double sum() {
        return uncompensated + compensation;
    }
}
