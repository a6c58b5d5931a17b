package dev.parallax.research.spark;

import dev.parallax.backtest.BarExecution;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.research.AccountSpec;
import dev.parallax.research.BarSource;
import dev.parallax.research.BarWindow;
import dev.parallax.research.BaseRun;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SyntheticBarSource;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small plans and grids for the Spark tests. */
final class SparkPlans {

    static final long HOUR = 3_600_000_000_000L;

    private SparkPlans() {
    }

    /** sma-cross with the default (seeded, realistic) models over {@code data}. */
    static SweepPlan realistic(BarSource data) {
        return new SweepPlan(BaseRun.of("sma-cross", Map.of("units", "10"), SimulatorConfig.DEFAULT, 100_000,
                BarExecution.NEXT_BAR_OPEN, 2, AccountSpec.CASH), data, BarWindow.ALL, MetricBasis.of(365));
    }

    /** sma-cross with the default models over {@code bars} synthetic hourly bars. */
    static SweepPlan realistic(int bars) {
        return realistic(new SyntheticBarSource("SYN", bars, 7, HOUR));
    }

    /** A grid of fast x slow points, each with {@code seed}. */
    static List<SweepPoint> grid(int[] fasts, int[] slows, long seed) {
        List<SweepPoint> points = new ArrayList<>();
        for (int f : fasts) {
            for (int s : slows) {
                points.add(SweepPoint.of(points.size(), Map.of("fast", "" + f, "slow", "" + s), Map.of(), seed));
            }
        }
        return points;
    }
}
