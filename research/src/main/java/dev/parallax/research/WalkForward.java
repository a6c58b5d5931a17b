package dev.parallax.research;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.metrics.ReturnMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Walk-forward analysis: choose settings on in-sample data by a sweep, then test the choice on the
 * out-of-sample data that follows, window after window.
 *
 * <p>Windows start at the UTC midnight at or before the first bar and step forward by the
 * out-of-sample length. Rolling: window {@code k} is in sample on {@code [start + k*oos, start + k*oos + is)}.
 * Anchored: in sample on {@code [start, start + is + k*oos)}. Out of sample is the {@code oos} after
 * the in-sample end. Windows are made while their out-of-sample part holds a bar; the last one may
 * be shorter. Each run starts flat with the starting cash, so a strategy's indicators warm up inside
 * each window.
 *
 * <p>The out-of-sample equity is stitched by chaining the winners' out-of-sample daily returns. The
 * walk-forward efficiency is {@code annualised OOS return / annualised IS return}: the CAGR of the
 * stitched out-of-sample returns over the mean of the winners' in-sample CAGRs; NaN when that mean
 * is not above zero (there is no in-sample gain to keep).
 */
public final class WalkForward {

    private static final long DAY_NANOS = 86_400_000_000_000L;

    private final SweepRunner runner;

    /** A walk-forward that runs its sweeps on {@code runner}. */
    public WalkForward(SweepRunner runner) {
        if (runner == null) {
            throw new IllegalArgumentException("runner must not be null");
        }
        this.runner = runner;
    }

    /**
     * Lengths of the windows.
     *
     * @param inSample    in-sample length (the first one's, when anchored), {@code > 0}
     * @param outOfSample out-of-sample length and step, {@code > 0}
     * @param anchored    true to keep every in-sample window starting at the first bar
     */
    public record Windows(Duration inSample, Duration outOfSample, boolean anchored) {

        /** Checks the lengths. */
        public Windows {
            if (inSample == null || inSample.isZero() || inSample.isNegative()) {
                throw new IllegalArgumentException("in-sample length must be > 0, was " + inSample);
            }
            if (outOfSample == null || outOfSample.isZero() || outOfSample.isNegative()) {
                throw new IllegalArgumentException("out-of-sample length must be > 0, was " + outOfSample);
            }
        }

        /**
         * The windows over bars from {@code firstNanos} to {@code lastNanos}, as in-sample and
         * out-of-sample pairs.
         *
         * @throws IllegalArgumentException when the data is too short for one window
         */
        public List<BarWindow[]> over(long firstNanos, long lastNanos) {
            long start = Math.floorDiv(firstNanos, DAY_NANOS) * DAY_NANOS;
            long is = inSample.toNanos();
            long oos = outOfSample.toNanos();
            List<BarWindow[]> out = new ArrayList<>();
            for (long k = 0; ; k++) {
                long isStart = anchored ? start : start + k * oos;
                long isEnd = start + k * oos + is;
                if (isEnd > lastNanos) {
                    break;
                }
                out.add(new BarWindow[] {new BarWindow(isStart, isEnd), new BarWindow(isEnd, isEnd + oos)});
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("the data runs from " + java.time.Instant.ofEpochSecond(0, firstNanos)
                        + " to " + java.time.Instant.ofEpochSecond(0, lastNanos) + ", too short for " + inSample
                        + " in sample and " + outOfSample + " out of sample");
            }
            return out;
        }
    }

    /**
     * One window's choice and outcome.
     *
     * @param inSample     the in-sample bars
     * @param outOfSample  the out-of-sample bars
     * @param chosen       the in-sample winner's point
     * @param inSampleRow  the winner's in-sample row
     * @param outOfSampleRow the winner's out-of-sample row
     */
    public record Step(BarWindow inSample, BarWindow outOfSample, SweepPoint chosen, SweepRow inSampleRow,
                       SweepRow outOfSampleRow) {
    }

    /**
     * The analysis.
     *
     * @param steps            the windows in time order
     * @param oosDayTimes      end time of each stitched out-of-sample day
     * @param oosReturns       the stitched out-of-sample daily returns
     * @param oosAnnualReturn  CAGR of the stitched out-of-sample returns
     * @param isAnnualReturn   mean of the winners' in-sample CAGRs
     * @param efficiency       {@code oosAnnualReturn / isAnnualReturn}, NaN when {@code isAnnualReturn <= 0}
     */
    public record Result(List<Step> steps, long[] oosDayTimes, double[] oosReturns, double oosAnnualReturn,
                         double isAnnualReturn, double efficiency) {
    }

    /**
     * The windows of {@code windows} over the bars of {@code plan}'s data (read once here).
     *
     * @throws IllegalArgumentException when the data is too short for one window
     */
    public static List<BarWindow[]> windowsOf(SweepPlan plan, Windows windows) {
        BarSeries bars = plan.data().load();
        return windows.over(bars.time(0), bars.time(bars.size() - 1));
    }

    /**
     * Runs the analysis of {@code points} over {@code plan}'s data, ranking by {@code metric}; progress counts
     * every run (each window's sweep and its out-of-sample test).
     */
    public Result run(SweepPlan plan, List<SweepPoint> points, Metric metric, Windows windows,
                      SweepProgress progress) {
        return run(plan, points, metric, windowsOf(plan, windows), progress);
    }

    /**
     * Runs the analysis over windows made by {@link #windowsOf} (in-sample and out-of-sample pairs, in
     * time order): {@code windows.size() x (points.size() + 1)} runs, each counted by {@code progress}.
     */
    public Result run(SweepPlan plan, List<SweepPoint> points, Metric metric, List<BarWindow[]> windows,
                      SweepProgress progress) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("walk-forward needs at least one point to choose from");
        }
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("walk-forward needs at least one window");
        }
        AtomicLong done = new AtomicLong();
        List<Step> steps = new ArrayList<>();
        for (BarWindow[] w : windows) {
            long before = done.get();
            List<SweepRow> rows = runner.run(plan.withWindow(w[0]), points,
                    d -> progress.finished(before + d));
            done.addAndGet(points.size());
            SweepRow best = SweepSelection.rank(rows, metric).get(0);
            SweepRow oos = runner.run(plan.withWindow(w[1]), List.of(best.point())).get(0);
            progress.finished(done.incrementAndGet());
            steps.add(new Step(w[0], w[1], best.point(), best, oos));
        }
        return result(steps, new ReturnMetrics(plan.basis().options()));
    }

    private static Result result(List<Step> steps, ReturnMetrics metrics) {
        int days = steps.stream().mapToInt(s -> s.outOfSampleRow().dailyReturns().length).sum();
        long[] times = new long[days];
        double[] returns = new double[days];
        int at = 0;
        double isSum = 0;
        for (Step s : steps) {
            double[] r = s.outOfSampleRow().dailyReturns();
            System.arraycopy(s.outOfSampleRow().dayTimes(), 0, times, at, r.length);
            System.arraycopy(r, 0, returns, at, r.length);
            at += r.length;
            isSum += metrics.cagr(s.inSampleRow().dailyReturns());
        }
        double oos = metrics.cagr(returns);
        double is = isSum / steps.size();
        return new Result(List.copyOf(steps), times, returns, oos, is, is > 0 ? oos / is : Double.NaN);
    }
}
