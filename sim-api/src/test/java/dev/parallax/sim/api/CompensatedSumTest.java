package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompensatedSumTest {

    @Test
    void keepsTheCentsThatPlainAdditionLoses() {
        // 1e16 + 1.0 + ... (10,000 ones) - 1e16 = 10,000 exactly; plain double addition loses every 1.0
        CompensatedSum sum = new CompensatedSum();
        double plain = 0;
        sum.add(1e16);
        plain += 1e16;
        for (int i = 0; i < 10_000; i++) {
            sum.add(1.0);
            plain += 1.0;
        }
        sum.add(-1e16);
        plain += -1e16;
        assertEquals(10_000.0, sum.sum(), 0.0);
        assertNotEquals(10_000.0, plain);
    }

    @Test
    void tenThousandFeesOfOneCentSumToOneHundred() {
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < 10_000; i++) {
            sum.add(0.01);
        }
        assertEquals(100.0, sum.sum(), 1e-12);
        assertEquals(0.01, sum.mean(), 1e-16);
        assertEquals(10_000, sum.count());
    }

    @Test
    void meanOfNothingIsNaN() {
        assertTrue(Double.isNaN(new CompensatedSum().mean()));
    }

    @Test
    void aResumedSumCarriesTheCorrectionTermAndGivesTheSameBits() {
        CompensatedSum original = new CompensatedSum();
        original.add(1e16);
        original.add(1.0);
        // 1e16 + 1 rounds to 1e16: the lost 1.0 sits in the correction term
        assertEquals(1e16, original.uncompensated(), 0.0);
        assertEquals(1.0, original.compensation(), 0.0);
        CompensatedSum resumed = CompensatedSum.resume(original.uncompensated(), original.compensation(),
                original.count());
        for (double value : new double[] {1.0, -1e16, 0.1, 0.2}) {
            original.add(value);
            resumed.add(value);
        }
        // by hand: 1e16 + 1 + 1 - 1e16 + 0.1 + 0.2 = 2.3
        assertEquals(2.3, resumed.sum(), 1e-15);
        assertEquals(Double.doubleToLongBits(original.sum()), Double.doubleToLongBits(resumed.sum()));
        assertEquals(6, resumed.count());
    }

    @Test
    void aSumWithoutItsCorrectionTermLosesTheDroppedBits() {
        CompensatedSum original = new CompensatedSum();
        original.add(1e16);
        original.add(1.0);
        CompensatedSum withoutCorrection = CompensatedSum.resume(original.uncompensated(), 0, original.count());
        original.add(-1e16);
        withoutCorrection.add(-1e16);
        assertEquals(1.0, original.sum(), 0.0);
        assertEquals(0.0, withoutCorrection.sum(), 0.0);
    }

    @Test
    void aNegativeCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompensatedSum.resume(0, 0, -3));
        assertEquals("count must be >= 0, was -3", e.getMessage());
    }
}
