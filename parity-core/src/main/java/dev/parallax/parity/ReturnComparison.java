package dev.parallax.parity;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * How closely the daily returns of the live account follow the backtest's, over the days on which
 * both were recorded.
 *
 * @param days            number of days with both a backtest and a live return
 * @param correlation     Pearson correlation of the two series; {@code NaN} when there are fewer
 *                        than two days or one series does not vary
 * @param dtwDistanceBps  {@link DynamicTimeWarping dynamic-time-warping} distance between the two
 *                        series with returns expressed in bps; 0 when there are no days
 */
public record ReturnComparison(int days, double correlation, double dtwDistanceBps) {

    private static final double BPS = 10_000.0;

    /** Comparison of no days. */
    public static final ReturnComparison EMPTY = new ReturnComparison(0, Double.NaN, 0);

    /** Rejects a negative day count. */
    public ReturnComparison {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, was " + days);
        }
    }

    /**
     * Compares two return series of equal length (fractions: 0.01 is 1%), day {@code i} of one
     * matching day {@code i} of the other.
     *
     * @throws IllegalArgumentException if either series is null, holds a value that is not finite,
     *                                  or the lengths differ
     */
    public static ReturnComparison of(double[] backtestReturns, double[] liveReturns) {
        DynamicTimeWarping.requireFinite("backtestReturns", backtestReturns);
        DynamicTimeWarping.requireFinite("liveReturns", liveReturns);
        if (backtestReturns.length != liveReturns.length) {
            throw new IllegalArgumentException("liveReturns must have as many days as backtestReturns ("
                    + backtestReturns.length + "), had " + liveReturns.length);
        }
        int n = backtestReturns.length;
        double correlation = n >= 2
                ? new PearsonsCorrelation().correlation(backtestReturns, liveReturns)
                : Double.NaN;
        return new ReturnComparison(n, correlation, DynamicTimeWarping.distance(bps(backtestReturns), bps(liveReturns)));
    }

    private static double[] bps(double[] returns) {
        double[] out = new double[returns.length];
        for (int i = 0; i < returns.length; i++) {
            out[i] = returns[i] * BPS;
        }
        return out;
    }
}
