package dev.parallax.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DifferenceStatisticsTest {

    @Test
    void trackingErrorOfSeveralDifferencesIsTheSampleStandardDeviation() {
        // mean = (1 + 2 + 3 + 6) / 4 = 3; squared deviations 4, 1, 0, 9 = 14; sample var = 14 / 3
        DifferenceStatistics s = DifferenceStatistics.of(new double[] {1, 2, 3, -6 + 12});
        assertEquals(3.0, s.meanBps(), 1e-12);
        assertEquals(Math.sqrt(14.0 / 3.0), s.stdDevBps(), 1e-12);
        assertEquals(Math.sqrt(14.0 / 3.0), s.trackingErrorBps(), 1e-12);
        assertEquals(6.0, s.maxAbsoluteBps(), 1e-12);
    }

    @Test
    void trackingErrorOfOneDifferenceIsItsAbsoluteValue() {
        DifferenceStatistics s = DifferenceStatistics.of(new double[] {-4.5});
        assertEquals(4.5, s.trackingErrorBps(), 0);
        assertEquals(0.0, s.stdDevBps(), 0);
        assertEquals(-4.5, s.meanBps(), 0);
        assertEquals(4.5, s.maxAbsoluteBps(), 0);
    }

    @Test
    void noDifferencesGiveZeroEverywhere() {
        assertEquals(DifferenceStatistics.EMPTY, DifferenceStatistics.of(new double[0]));
    }

    @Test
    void aNaNDifferenceIsRejectedWithItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DifferenceStatistics.of(new double[] {1, Double.NaN}));
        assertEquals("differencesBps[1] must be finite, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DifferenceStatistics.of(null));
        assertEquals("differencesBps must not be null", e.getMessage());
    }
}
