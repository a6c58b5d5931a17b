package dev.parallax.benchmarks;

import dev.parallax.backtest.BarExecution;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.research.AccountSpec;
import dev.parallax.research.BarWindow;
import dev.parallax.research.BaseRun;
import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.SweepEvaluator;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SweepRow;
import dev.parallax.research.SyntheticBarSource;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 18's sweep target: 1,000 SMA crossover settings over 1,000,000 bars, on 1 and then 2 worker
 * threads, through {@link LocalSweepRunner} and the columnar fast path (ideal execution, one unit,
 * fills at the next bar's open). A plain timed run, not JMH: one sweep is many seconds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.SweepThroughput [bars] [points]</pre>
 *
 * The bars follow the {@code SyntheticBars} recipe (seed 42) one minute apart; the settings are fast
 * 2 to 26 against slow 30 to 225 in steps of 5 (25 x 40 = 1,000). The bars are loaded once before
 * the timed sweeps, and a warm-up sweep of 50 points runs first. Each sweep prints its wall time and
 * runs per second, and the two sweeps' rows are checked to be equal.
 */
public final class SweepThroughput {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private SweepThroughput() {
    }

    /** Entry point; optional arguments: number of bars (1,000,000) and of points (1,000, at most 1,000). */
    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        SweepPlan plan = new SweepPlan(BaseRun.of("sma-cross", Map.of("units", "1"), SimulatorConfig.IDEAL, 100_000,
                BarExecution.NEXT_BAR_OPEN, 0, new AccountSpec(false, 0, 0, 0, 0)),
                new SyntheticBarSource("SYN", bars, 42, MINUTE_NANOS), BarWindow.ALL, MetricBasis.of(365));
        List<SweepPoint> points = new ArrayList<>();
        for (int fast = 2; fast <= 26; fast++) {
            for (int slow = 30; slow <= 225; slow += 5) {
                points.add(SweepPoint.of(points.size(), Map.of("fast", "" + fast, "slow", "" + slow), Map.of(), 42));
            }
        }
        points = points.subList(0, Math.min(count, points.size()));
        System.out.printf(Locale.ROOT, "sweep of %,d sma-cross settings over %,d one-minute bars, %d cores seen%n",
                points.size(), bars, Runtime.getRuntime().availableProcessors());
        SweepEvaluator evaluator = new SweepEvaluator();
        long t0 = System.nanoTime();
        new LocalSweepRunner(1, evaluator).run(plan, points.subList(0, 1));
        System.out.printf(Locale.ROOT, "bars generated and loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        new LocalSweepRunner(2, evaluator).run(plan, points.subList(0, Math.min(50, points.size())));
        List<SweepRow> first = null;
        for (int threads : new int[] {1, 2}) {
            long start = System.nanoTime();
            List<SweepRow> rows = new LocalSweepRunner(threads, evaluator).run(plan, points);
            double seconds = (System.nanoTime() - start) / 1e9;
            long fastPath = rows.stream().filter(SweepRow::columnar).count();
            System.out.printf(Locale.ROOT, "%d thread(s): %,d runs in %.2f s, %.1f runs/s, %.1f M bars/s (%d on the "
                    + "columnar path)%n", threads, rows.size(), seconds, rows.size() / seconds,
                    rows.size() * (double) bars / seconds / 1e6, fastPath);
            if (first == null) {
                first = rows;
            } else if (!first.equals(rows)) {
                throw new IllegalStateException("1 and 2 threads gave different rows");
            }
        }
    }
}
