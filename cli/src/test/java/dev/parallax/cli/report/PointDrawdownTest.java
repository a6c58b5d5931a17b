package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PointDrawdownTest {

    @Test
    void theStartingEquityIsTheFirstPeak() {
        // start 100: 95 is -5%, 120 a new peak, 90 is 90/120 - 1 = -25%, 130 a new peak
        assertArrayEquals(new double[] {-0.05, 0, -0.25, 0}, PointDrawdown.series(100, new double[] {95, 120, 90, 130}),
                1e-12);
        assertEquals(-0.25, PointDrawdown.max(100, new double[] {95, 120, 90, 130}), 1e-12);
    }

    @Test
    void equityAtOrBelowZeroIsAFullLossAndAnEmptyCurveHasNone() {
        assertEquals(-1, PointDrawdown.max(100, new double[] {50, -20}));
        assertEquals(0, PointDrawdown.max(100, new double[0]));
    }
}
