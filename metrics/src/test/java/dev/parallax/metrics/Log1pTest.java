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
    void aWholeBlockGivesTheBitsOfOneValueAtATime() {
        // ofEach is what the report runs; it must be of(x) value by value, in and out of the series' range
        SplittableRandom random = new SplittableRandom(19);
        int n = 4_096;
        double[] x = new double[n];
        double[] out = new double[n];
        for (int round = 0; round < 50; round++) {
            for (int j = 0; j < n; j++) {
                x[j] = (2 * random.nextDouble() - 1) * 0.2 * Math.scalb(1.0, -random.nextInt(60));
            }
            x[random.nextInt(n)] = -1.0;
            int length = 1 + random.nextInt(n);
            Log1p.ofEach(x, out, length);
            for (int j = 0; j < length; j++) {
                assertEquals(Double.doubleToRawLongBits(Log1p.of(x[j])), Double.doubleToRawLongBits(out[j]),
                        "log1p(" + x[j] + ")");
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
