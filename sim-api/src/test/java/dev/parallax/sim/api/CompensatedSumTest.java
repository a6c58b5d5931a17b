package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
}
