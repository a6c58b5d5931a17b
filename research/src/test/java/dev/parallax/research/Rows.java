package dev.parallax.research;

import java.util.List;
import java.util.Map;

/** Two hand-made rows for the writer tests. */
final class Rows {

    private Rows() {
    }

    static final SweepColumns COLUMNS = new SweepColumns(List.of("fast", "slippage.bps"));

    static List<SweepRow> two() {
        SweepRow a = new SweepRow(SweepPoint.of(0, Map.of("fast", "5"), Map.of("slippage.bps", "1.5"), 42),
                new RunMetrics(0.25, 0.1, 0.2, 1.5, 2.0, -0.125, 0.8, 7, 0.5, 125_000), true, new long[] {1},
                new double[] {0.25});
        SweepRow b = new SweepRow(SweepPoint.of(1, Map.of("fast", "a,b"), Map.of("slippage.bps", "3"), 43),
                new RunMetrics(0, 0, 0, Double.NaN, Double.NaN, 0, Double.NaN, 0, Double.NaN, 100_000), false,
                new long[] {1}, new double[] {0});
        return List.of(a, b);
    }
}
