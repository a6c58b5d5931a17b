package dev.parallax.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The drawdown periods of an equity curve, deepest first. A period starts at a peak (the running
 * maximum, with the starting equity as the first peak, as {@link PointDrawdown}), has its trough at
 * the lowest point before the curve gets back to the peak, and ends at recovery: the first point at
 * or above the peak. A period still open at the end of the curve has no recovery. Periods are
 * found at every point of the curve, the basis of the underwater chart.
 */
public final class DrawdownPeriods {

    private DrawdownPeriods() {
    }

    /**
     * One drawdown period.
     *
     * @param peakMillis     time of the peak; the first point's time when the peak is the starting equity
     * @param troughMillis   time of the lowest point
     * @param recoveryMillis time the curve first got back to the peak; empty while it has not
     * @param depth          {@code trough / peak - 1}, a fraction {@code < 0}
     * @param lengthMillis   from the peak to the recovery, or to the last point when not recovered
     */
    public record Period(long peakMillis, long troughMillis, OptionalLong recoveryMillis, double depth,
                         long lengthMillis) {

        /** Checks the order of the times and the sign of the depth. */
        public Period {
            if (troughMillis < peakMillis) {
                throw new IllegalArgumentException("trough must not be before peak, were " + troughMillis + " and "
                        + peakMillis);
            }
            if (!(depth < 0) || depth < -1) {
                throw new IllegalArgumentException("depth must be in [-1, 0), was " + depth);
            }
            if (lengthMillis < 0) {
                throw new IllegalArgumentException("lengthMillis must be >= 0, was " + lengthMillis);
            }
        }
    }

    /**
     * The {@code top} deepest periods of the curve, deepest first (ties by start time).
     *
     * @param start  equity before the first point, finite and {@code > 0}
     * @param millis times of the points, not decreasing
     * @param equity equity at those times
     * @param top    how many to keep, {@code >= 0}
     */
    public static List<Period> deepest(double start, long[] millis, double[] equity, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must be >= 0, was " + top);
        }
        double[] dd = PointDrawdown.series(start, equity);
        List<Period> all = new ArrayList<>();
        int peakAt = 0;
        int troughAt = -1;
        for (int i = 0; i < equity.length; i++) {
            if (dd[i] == 0) {
                if (troughAt >= 0) {
                    all.add(period(millis, peakAt, troughAt, i, dd[troughAt]));
                    troughAt = -1;
                }
                peakAt = i;
            } else if (troughAt < 0 || dd[i] < dd[troughAt]) {
                troughAt = i;
            }
        }
        if (troughAt >= 0) {
            all.add(period(millis, peakAt, troughAt, -1, dd[troughAt]));
        }
        all.sort(Comparator.comparingDouble(Period::depth).thenComparingLong(Period::peakMillis));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }

    private static Period period(long[] millis, int peak, int trough, int recovery, double depth) {
        long end = recovery >= 0 ? millis[recovery] : millis[millis.length - 1];
        return new Period(millis[peak], millis[trough],
                recovery >= 0 ? OptionalLong.of(millis[recovery]) : OptionalLong.empty(), depth, end - millis[peak]);
    }
}
