package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractiveChartsTest {

    @Test
    void theRollingWindowIsAThirdOfTheDaysBetweenThreeAndAQuarter() {
        assertEquals(3, InteractiveCharts.window(7));
        assertEquals(30, InteractiveCharts.window(90));
        assertEquals(63, InteractiveCharts.window(3_000));
    }

    @Test
    void aLongCurveIsThinnedToAFewPointsPerBucket() {
        int n = 200_000;
        long[] t = new long[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 60_000L;
            e[i] = 10_000 + (i % 1_000);
        }
        RunView run = new RunView("backtest", t, e, 10_000, RunView.EVERY_BAR, new double[0], Map.of(),
                MetricBasis.of(365), List.of());
        ObjectNode c = InteractiveCharts.equity("c0", run);
        assertEquals(n, c.get("points").asInt());
        int shown = c.get("x").size();
        assertEquals(shown, c.get("shown").asInt());
        assertTrue(shown <= 2 * InteractiveCharts.BUCKETS + 2, "shown " + shown);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (var v : c.get("series").get(0).get("values")) {
            max = Math.max(max, v.asDouble());
            min = Math.min(min, v.asDouble());
        }
        assertEquals(10_999, max, "the highest point survives the thinning");
        assertEquals(10_000, min, "the lowest point survives the thinning");
    }

    @Test
    void aStepSeriesIsReadAtOtherTimesAsItsLastValueBefore() {
        assertArrayEquals(new double[] {Double.NaN, 1, 1, 2}, InteractiveCharts.onTimes(new long[] {0, 5, 7, 10},
                new long[] {5, 10}, new double[] {1, 2}), 0);
    }
}
