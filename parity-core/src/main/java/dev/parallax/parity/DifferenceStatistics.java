package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Summary of a set of per-trade price differences in bps (one day's, usually).
 *
 * @param count              number of differences
 * @param meanBps            arithmetic mean; 0 when there are none
 * @param stdDevBps          <b>sample</b> standard deviation (divides by {@code n - 1}); 0 when
 *                           there are fewer than two differences
 * @param maxAbsoluteBps     the largest absolute difference; 0 when there are none
 * @param trackingErrorBps   {@code stdDevBps} when there are two or more differences, the absolute
 *                           difference when there is exactly one, and 0 when there are none
 */
public record DifferenceStatistics(int count, double meanBps, double stdDevBps, double maxAbsoluteBps,
                                   double trackingErrorBps) {

    /** Statistics of no differences: every figure zero. */
    public static final DifferenceStatistics EMPTY = new DifferenceStatistics(0, 0, 0, 0, 0);

    /** Rejects a negative count. */
    public DifferenceStatistics {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
    }

    /** Computes the statistics of {@code differencesBps}, which must all be finite. */
    public static DifferenceStatistics of(double[] differencesBps) {
        int n = notNull("differencesBps", differencesBps).length;
        if (n == 0) {
            return EMPTY;
        }
        double maxAbs = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(differencesBps[i])) {
                throw new IllegalArgumentException("differencesBps[" + i + "] must be finite, was "
                        + differencesBps[i]);
            }
            maxAbs = Math.max(maxAbs, Math.abs(differencesBps[i]));
        }
        double mean = new Mean().evaluate(differencesBps);
        double stdDev = n >= 2 ? new StandardDeviation(true).evaluate(differencesBps) : 0;
        double trackingError = n >= 2 ? stdDev : Math.abs(differencesBps[0]);
        return new DifferenceStatistics(n, mean, stdDev, maxAbs, trackingError);
    }
}
