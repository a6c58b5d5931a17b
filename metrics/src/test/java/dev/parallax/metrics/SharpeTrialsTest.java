package dev.parallax.metrics;

import static dev.parallax.metrics.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharpeTrialsTest {

    @Test
    void expectedMaximumMatchesTheReferenceForOneHundredAndOneThousandTrials() {
        assertClose(Reference.fixture("gaussian").get("expected").get("expectedMaximumSharpe").asDouble(),
                new SharpeTrials(100, 0.5).expectedMaximumSharpe(), "N = 100, V = 0.5");
        assertClose(Reference.fixture("fatTailedCrypto").get("expected").get("expectedMaximumSharpe").asDouble(),
                new SharpeTrials(1000, 1.2).expectedMaximumSharpe(), "N = 1000, V = 1.2");
    }

    @Test
    void expectedMaximumOfTwoTrialsByHand() {
        // N = 2, V = 1: (1 - g) Z^-1(0.5) + g Z^-1(1 - 1/(2e)) = g Z^-1(0.816060...), about g * 0.9007
        double p = 1 - 1 / (2 * Math.E);
        double z = Math.sqrt(2) * org.apache.commons.math3.special.Erf.erfInv(2 * p - 1);
        assertEquals(SharpeTrials.EULER_GAMMA * z, new SharpeTrials(2, 1.0).expectedMaximumSharpe(), 1e-12);
        assertTrue(z > 0.90 && z < 0.91, "Z^-1(0.81606) is about 0.9007, was " + z);
    }

    @Test
    void expectedMaximumScalesWithTheStandardDeviationOfTheTrials() {
        double one = new SharpeTrials(30, 1.0).expectedMaximumSharpe();
        assertEquals(2 * one, new SharpeTrials(30, 4.0).expectedMaximumSharpe(), 1e-12);
        assertTrue(new SharpeTrials(300, 1.0).expectedMaximumSharpe() > one, "more trials, higher expected best");
    }

    @Test
    void oneTrialOrNoSpreadDeflatesNothing() {
        assertEquals(0.0, SharpeTrials.single().expectedMaximumSharpe(), 0.0);
        assertEquals(0.0, new SharpeTrials(50, 0.0).expectedMaximumSharpe(), 0.0);
    }

    @Test
    void theVarianceOfGivenTrialsIsTheSampleVariance() {
        // 0.5, 1.0, 1.5: mean 1, squares 0.25 + 0 + 0.25 over n - 1 = 2 -> 0.25
        SharpeTrials trials = SharpeTrials.of(0.5, 1.0, 1.5);
        assertEquals(3, trials.count());
        assertEquals(0.25, trials.sharpeVariance(), 1e-15);
    }

    @Test
    void badTrialsAreRejected() {
        assertEquals("count must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new SharpeTrials(0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SharpeTrials(5, -1));
        assertThrows(IllegalArgumentException.class, () -> new SharpeTrials(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SharpeTrials.of(1.0));
        assertEquals("annualisedSharpes[1] must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> SharpeTrials.of(1.0, Double.NaN)).getMessage());
    }
}
