package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DrawdownPeriodsTest {

    private static final long[] T = {1, 2, 3, 4, 5, 6};
    private static final double[] E = {110, 99, 104, 111, 100, 105};

    @Test
    void periodsRunFromPeakThroughTroughToRecoveryDeepestFirst() {
        List<DrawdownPeriods.Period> p = DrawdownPeriods.deepest(100, T, E, 5);
        assertEquals(2, p.size());
        assertEquals(new DrawdownPeriods.Period(1, 2, OptionalLong.of(4), 99 / 110.0 - 1, 3), p.get(0));
        assertEquals(new DrawdownPeriods.Period(4, 5, OptionalLong.empty(), 100 / 111.0 - 1, 2), p.get(1));
    }

    @Test
    void onlyTheDeepestAreKept() {
        assertEquals(1, DrawdownPeriods.deepest(100, T, E, 1).size());
        assertEquals(-0.1, DrawdownPeriods.deepest(100, T, E, 1).get(0).depth(), 1e-12);
    }

    @Test
    void theStartingEquityIsTheFirstPeak() {
        List<DrawdownPeriods.Period> p = DrawdownPeriods.deepest(100, new long[] {10, 20}, new double[] {90, 100}, 3);
        assertEquals(new DrawdownPeriods.Period(10, 10, OptionalLong.of(20), 90 / 100.0 - 1, 10), p.get(0));
    }

    @Test
    void aCurveThatNeverFallsHasNoPeriodAndBadInputIsRefused() {
        assertTrue(DrawdownPeriods.deepest(100, new long[] {1, 2}, new double[] {100, 101}, 3).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> DrawdownPeriods.deepest(100, T, E, -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DrawdownPeriods.Period(1, 2, OptionalLong.empty(), 0.1, 1));
        assertEquals("depth must be in [-1, 0), was 0.1", e.getMessage());
    }
}
