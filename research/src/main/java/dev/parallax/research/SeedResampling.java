package dev.parallax.research;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reruns one point with other execution seeds: how much of a result came from the simulator's draws
 * (latency, queue, partial fills, slippage). Seeds are drawn with {@code SplittableRandom(seed).nextLong()}
 * in order, so the same seed gives the same reruns. Under ideal execution every rerun is the same.
 */
public final class SeedResampling {

    /**
     * The spread of the reruns.
     *
     * @param rows        one row per rerun, in seed order
     * @param totalReturn percentiles of the total return
     * @param sharpe      percentiles of the Sharpe ratios
 * (each figure's percentiles are over its finite values; NaN when none is finite)
     * @param maxDrawdown percentiles of the maximum drawdown
     */
    public record Spread(List<SweepRow> rows, Percentiles totalReturn, Percentiles sharpe, Percentiles maxDrawdown) {
    }

    private SeedResampling() {
    }

    /** Reruns {@code point} of {@code plan} with {@code runs} seeds drawn from {@code seed}, on {@code runner}. */
    public static Spread run(SweepRunner runner, SweepPlan plan, SweepPoint point, int runs, long seed,
                             SweepProgress progress) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SweepPoint> points = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            points.add(point.withIndex(i).withSeed(random.nextLong()));
        }
        List<SweepRow> rows = runner.run(plan, points, progress);
        return new Spread(rows, finite(rows, Metric.TOTAL_RETURN), finite(rows, Metric.SHARPE),
                finite(rows, Metric.MAX_DRAWDOWN));
    }

    /** The percentiles of the finite values of {@code metric} over {@code rows}; NaN when none is finite. */
    private static Percentiles finite(List<SweepRow> rows, Metric metric) {
        double[] values = rows.stream().mapToDouble(r -> metric.of(r.metrics())).filter(Double::isFinite).toArray();
        return values.length == 0 ? new Percentiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : Percentiles.of(values);
    }
}
