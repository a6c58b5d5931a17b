package dev.parallax.cli.report;

import dev.parallax.metrics.EquityCurve;
import java.util.Arrays;

/**
 * The daily returns of an equity curve, rebuilt as the backtest engine makes them: the equity of
 * the last point of each UTC day, after the starting equity, turned into simple returns until ruin
 * ({@link EquityCurve#toReturnsUntilRuin}: a day at or below zero returns -1, every later day 0).
 */
public final class DailyCloses {

    private DailyCloses() {
    }

    /**
     * The daily returns, one per UTC day that has a point.
     *
     * @param start  equity before the first point, finite and {@code > 0}
     * @param millis times of the points, epoch milliseconds, not decreasing
     * @param equity equity at those times
     */
    public static double[] returns(double start, long[] millis, double[] equity) {
        if (millis.length != equity.length) {
            throw new IllegalArgumentException("millis and equity must have the same length, were " + millis.length
                    + " and " + equity.length);
        }
        double[] closes = new double[millis.length + 1];
        closes[0] = start;
        int n = 1;
        for (int i = 0; i < millis.length; i++) {
            if (i > 0 && millis[i] < millis[i - 1]) {
                throw new IllegalArgumentException("millis must not decrease, millis[" + i + "] was " + millis[i]
                        + " after " + millis[i - 1]);
            }
            boolean lastOfDay = i == millis.length - 1 || day(millis[i + 1]) != day(millis[i]);
            if (lastOfDay) {
                closes[n++] = equity[i];
            }
        }
        return EquityCurve.toReturnsUntilRuin(Arrays.copyOf(closes, n));
    }

    /** The time of the point each daily return closes on: the last point of each UTC day, in order. */
    public static long[] closeMillis(long[] millis) {
        long[] out = new long[millis.length];
        int n = 0;
        for (int i = 0; i < millis.length; i++) {
            if (i == millis.length - 1 || day(millis[i + 1]) != day(millis[i])) {
                out[n++] = millis[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long day(long millis) {
        return Math.floorDiv(millis, 86_400_000L);
    }
}
