package dev.parallax.research;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one point of a sweep produced: its settings and seed, its figures, and the series the
 * selection figures need (daily returns for CSCV and walk-forward). Trades are left out, so rows stay
 * small when thousands come back from workers; {@link SweepEvaluator#evaluateWithTrades} gives them.
 * Two rows are equal when every field is, arrays compared element by element.
 *
 * @param point        the point that ran
 * @param metrics      the run's figures
 * @param columnar     true when the run took the columnar fast path ({@code ColumnarBacktest})
 * @param dayTimes     end time of each UTC day of the run, epoch nanoseconds
 * @param dailyReturns simple return of each of those days (until ruin: the day of ruin is -1, later days 0)
 */
public record SweepRow(SweepPoint point, RunMetrics metrics, boolean columnar, long[] dayTimes,
                       double[] dailyReturns) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that the series line up and copies the arrays. */
    public SweepRow {
        if (point == null || metrics == null || dayTimes == null || dailyReturns == null) {
            throw new IllegalArgumentException("every field of a row must be given");
        }
        if (dayTimes.length != dailyReturns.length) {
            throw new IllegalArgumentException("dayTimes and dailyReturns must have one value per day, had "
                    + dayTimes.length + " and " + dailyReturns.length);
        }
        dayTimes = dayTimes.clone();
        dailyReturns = dailyReturns.clone();
    }

    /** The day end times (a copy). */
    @Override
    public long[] dayTimes() {
        return dayTimes.clone();
    }

    /** The daily returns (a copy). */
    @Override
    public double[] dailyReturns() {
        return dailyReturns.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepRow r && point.equals(r.point) && metrics.equals(r.metrics) && columnar == r.columnar
                && Arrays.equals(dayTimes, r.dayTimes) && Arrays.equals(dailyReturns, r.dailyReturns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(point, metrics, columnar, Arrays.hashCode(dayTimes), Arrays.hashCode(dailyReturns));
    }

    @Override
    public String toString() {
        return "SweepRow[" + point + ", " + metrics + ", columnar=" + columnar + ", " + dailyReturns.length + " days]";
    }
}
