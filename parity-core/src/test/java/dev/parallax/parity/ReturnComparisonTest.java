package dev.parallax.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReturnComparisonTest {

    @Test
    void dtwFollowsTheCheapestWarpingPath() {
        // a = [100, -50, 20], b = [80, -60, 10]; cumulative cost D:
        //   D00=20  D01=180 D02=270
        //   D10=150 D11=30  D12=90
        //   D20=210 D21=110 D22=40  -> 40 (the diagonal 20 + 10 + 10)
        assertEquals(40.0, DynamicTimeWarping.distance(new double[] {100, -50, 20}, new double[] {80, -60, 10}), 0);
    }

    @Test
    void dtwDoesNotPunishASeriesThatLagsByOnePeriod() {
        // b is a shifted by one step: the path matches 0 with 0, 0 with 0, 5 with 5, 1 with 1, 1 with 1.
        double[] a = {0, 5, 1, 1};
        double[] b = {0, 0, 5, 1};
        assertEquals(0.0, DynamicTimeWarping.distance(a, b), 0);
    }

    @Test
    void dtwOfEmptySeries() {
        assertEquals(0.0, DynamicTimeWarping.distance(new double[0], new double[0]), 0);
        assertEquals(Double.POSITIVE_INFINITY, DynamicTimeWarping.distance(new double[0], new double[] {1}), 0);
    }

    @Test
    void correlationNeedsTwoDaysAndVariation() {
        assertTrue(Double.isNaN(ReturnComparison.of(new double[] {0.01}, new double[] {0.02}).correlation()));
        assertTrue(Double.isNaN(ReturnComparison.of(new double[] {0.01, 0.01}, new double[] {0.02, 0.03})
                .correlation()));
        assertEquals(-1.0, ReturnComparison.of(new double[] {0.01, 0.02}, new double[] {0.02, 0.01}).correlation(),
                1e-12);
    }

    @Test
    void missingOrNotFiniteValuesAreRejectedWithTheirIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReturnComparison.of(new double[] {0.01, Double.NaN}, new double[] {0.02, 0.01}));
        assertEquals("backtestReturns[1] must be a finite number, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ReturnComparison.of(new double[] {0.01}, new double[] {Double.POSITIVE_INFINITY}));
        assertEquals("liveReturns[0] must be a finite number, was Infinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReturnComparison.of(null, new double[0]));
        assertEquals("backtestReturns must not be null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DynamicTimeWarping.distance(new double[] {1}, new double[] {2, Double.NaN}));
        assertEquals("b[1] must be a finite number, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DynamicTimeWarping.distance(new double[0], null));
        assertEquals("b must not be null", e.getMessage());
    }

    @Test
    void seriesOfDifferentLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReturnComparison.of(new double[1], new double[2]));
    }
}
