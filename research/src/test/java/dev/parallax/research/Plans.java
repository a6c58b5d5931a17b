package dev.parallax.research;

import dev.parallax.backtest.BarExecution;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.List;
import java.util.Map;

/** Plans and points over synthetic hourly bars for the tests. */
final class Plans {

    static final long HOUR = 3_600_000_000_000L;

    private Plans() {
    }

    /** sma-cross with ideal execution (the columnar fast path) over {@code bars} hourly bars. */
    static SweepPlan ideal(int bars) {
        return new SweepPlan(BaseRun.of("sma-cross", Map.of("units", "10"), SimulatorConfig.IDEAL, 100_000,
                BarExecution.NEXT_BAR_OPEN, 0, new AccountSpec(false, 0, 0, 0, 0)),
                new SyntheticBarSource("SYN", bars, 7, HOUR), BarWindow.ALL, MetricBasis.of(365));
    }

    /** sma-cross with the default (realistic) models over {@code bars} hourly bars. */
    static SweepPlan realistic(int bars) {
        return new SweepPlan(BaseRun.of("sma-cross", Map.of("units", "10"), SimulatorConfig.DEFAULT, 100_000,
                BarExecution.NEXT_BAR_OPEN, 2, AccountSpec.CASH),
                new SyntheticBarSource("SYN", bars, 7, HOUR), BarWindow.ALL, MetricBasis.of(365));
    }

    /** A grid of fast x slow points with seed 42. */
    static List<SweepPoint> grid(int[] fasts, int[] slows) {
        java.util.ArrayList<SweepPoint> points = new java.util.ArrayList<>();
        for (int f : fasts) {
            for (int s : slows) {
                points.add(SweepPoint.of(points.size(), Map.of("fast", "" + f, "slow", "" + s), Map.of(), 42));
            }
        }
        return points;
    }
}
