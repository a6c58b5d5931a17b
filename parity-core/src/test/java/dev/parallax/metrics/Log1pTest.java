package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Log1pTest {

    @Test
    void agreesWithMathLog1pWithinFourUnitsInTheLastPlace() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 1_000_000; i++) {
            // every scale from 1/16 down to 2^-60, both signs, and the fallback range beyond
            double x = (2 * random.nextDouble() - 1) * 0.07 * Math.scalb(1.0, -random.nextInt(60));
            double expected = Math.log1p(x);
            double actual = Log1p.of(x);
            if (!(Math.abs(actual - expected) <= 4 * Math.ulp(expected))) {
                throw new AssertionError("log1p(" + x + "): " + actual + " vs Math.log1p " + expected);
            }
        }
    }

    @Test
    void theEdgesAreThoseOfMathLog1p() {
        assertEquals(0.0, Log1p.of(0.0), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, Log1p.of(-1.0));
        assertEquals(Math.log1p(0.0625), Log1p.of(0.0625), 0.0);
        assertEquals(Math.log1p(-0.0625), Log1p.of(-0.0625), 0.0);
        assertEquals(Math.log1p(3.5), Log1p.of(3.5), 0.0);
    }
}
