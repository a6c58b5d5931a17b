package dev.parallax.research.spark;

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
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The overhead of running a sweep on Spark against the local runner: the same SMA crossover sweep
 * (ideal execution, so the columnar fast path) over synthetic minute bars, timed alternately on
 * {@link LocalSweepRunner} with every core and on {@link SparkSweepRunner}, after one warm-up run
 * of each. Each run starts with a fresh evaluator, so both generate the bars once per run. It prints
 * the median wall time of each, their difference, the Spark context's start-up time (paid once per
 * command), and whether the rows were identical.
 */
public final class SparkSweepBenchmark {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    /**
     * What to measure.
     *
     * @param points sweep points, {@code >= 1}: fast averages 2, 3, ... against slow averages 20, 25, ...
     * @param bars   synthetic bars, {@code >= 100}
     * @param runs   timed runs of each runner, {@code >= 1}
     */
    public record Settings(int points, int bars, int runs) {

        /** Checks the sizes. */
        public Settings {
            if (points < 1) {
                throw new IllegalArgumentException("--points must be >= 1, was " + points);
            }
            if (bars < 100) {
                throw new IllegalArgumentException("--bars must be >= 100, was " + bars);
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
            }
        }
    }

    private SparkSweepBenchmark() {
    }

    /** The sweep measured: {@code points} fast/slow pairs, ten fast averages per slow one. */
    static List<SweepPoint> points(int count) {
        List<SweepPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int fast = 2 + i % 10;
            int slow = 20 + 5 * (i / 10);
            points.add(SweepPoint.of(i, Map.of("fast", "" + fast, "slow", "" + slow), Map.of(), 42));
        }
        return points;
    }

    /** The plan measured: sma-cross, ideal execution, {@code bars} synthetic minute bars of seed 42. */
    static SweepPlan plan(int bars) {
        return new SweepPlan(BaseRun.of("sma-cross", Map.of("units", "10"), SimulatorConfig.IDEAL, 100_000,
                BarExecution.NEXT_BAR_OPEN, 0, new AccountSpec(false, 0, 0, 0, 0)),
                new SyntheticBarSource("SYN", bars, 42, MINUTE_NANOS), BarWindow.ALL, MetricBasis.of(365));
    }

    /**
     * Runs the measurement on {@code master} (see {@code --spark}) and prints it to {@code out}.
     *
     * @return true when Spark's rows were identical to the local runner's in every run
     */
    public static boolean run(Optional<SparkMaster> master, Settings settings, PrintWriter out) {
        SweepPlan plan = plan(settings.bars());
        List<SweepPoint> points = points(settings.points());
        int threads = Runtime.getRuntime().availableProcessors();
        long startNanos = System.nanoTime();
        JavaSparkContext spark = SparkJob.start(master, "parallax sweep benchmark");
        long startupNanos = System.nanoTime() - startNanos;
        try {
            new LocalSweepRunner(threads).run(plan, points);
            new SparkSweepRunner(spark).run(plan, points);
            long[] local = new long[settings.runs()];
            long[] onSpark = new long[settings.runs()];
            boolean identical = true;
            for (int r = 0; r < settings.runs(); r++) {
                long t0 = System.nanoTime();
                List<SweepRow> a = new LocalSweepRunner(threads, new SweepEvaluator()).run(plan, points);
                long t1 = System.nanoTime();
                List<SweepRow> b = new SparkSweepRunner(spark).run(plan, points);
                long t2 = System.nanoTime();
                local[r] = t1 - t0;
                onSpark[r] = t2 - t1;
                identical &= a.equals(b);
            }
            double localMs = median(local) / 1e6;
            double sparkMs = median(onSpark) / 1e6;
            out.printf(Locale.ROOT, "sweep of %d points over %d bars, %d timed runs each (medians)%n",
                    points.size(), settings.bars(), settings.runs());
            out.printf(Locale.ROOT, "local runner, %d threads: %.1f ms (%.1f runs/s)%n", threads, localMs,
                    points.size() / (localMs / 1e3));
            out.printf(Locale.ROOT, "spark %s, %d slices: %.1f ms (%.1f runs/s)%n", spark.master(),
                    new SparkSweepRunner(spark).slices(), sparkMs, points.size() / (sparkMs / 1e3));
            out.printf(Locale.ROOT, "spark overhead per sweep: %+.1f ms (%.2fx the local time)%n", sparkMs - localMs,
                    sparkMs / localMs);
            out.printf(Locale.ROOT, "spark context start-up, once per command: %.0f ms%n", startupNanos / 1e6);
            out.println("identical rows: " + identical);
            out.flush();
            return identical;
        } finally {
            spark.stop();
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
