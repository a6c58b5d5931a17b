package dev.parallax.sim.core.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelContract;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UniformSpikeLatencyModelTest extends LatencyModelContract {

    @Override
    protected LatencyModel model() {
        return new UniformSpikeLatencyModel.Provider().create(ModelSettings.EMPTY);
    }

    @Test
    void aboutFivePercentOfDrawsAreFiveTimesSpikes() {
        // Submit delays lie in [50, 200] ms; a 5x spike is at least 250 ms, so spikes are exactly the draws
        // above 200 ms. Over n = 200,000 draws the share is 0.05 +- 4 sigma, sigma = sqrt(0.05 * 0.95 / n) = 0.000487.
        LatencyModel model = model();
        SplittableRandom rng = new SplittableRandom(2026);
        int n = 200_000;
        int spikes = 0;
        double stableSum = 0;
        for (int i = 0; i < n; i++) {
            double ms = model.sampleNanos(LatencyKind.ORDER_SUBMIT, rng) / 1e6;
            assertTrue(ms >= 50 && ms <= 1_000, () -> "draw out of range: " + ms);
            if (ms > 200) {
                assertTrue(ms >= 250, () -> "a spike below 250 ms: " + ms);
                spikes++;
            } else {
                stableSum += ms;
            }
        }
        double share = spikes / (double) n;
        assertEquals(0.05, share, 4 * Math.sqrt(0.05 * 0.95 / n));
        // Stable draws are uniform on [50, 200]: mean 125, sd 150 / sqrt(12) = 43.3; 4 standard errors ~ 0.4 ms.
        assertEquals(125.0, stableSum / (n - spikes), 0.4);
    }

    @Test
    void eachKindUsesItsOwnRange() {
        LatencyModel model = new UniformSpikeLatencyModel(new LatencyRange(1, 1), new LatencyRange(2, 2),
                new LatencyRange(3, 3), 0, 5);
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals(1_000_000L, model.sampleNanos(LatencyKind.ORDER_SUBMIT, rng));
        assertEquals(2_000_000L, model.sampleNanos(LatencyKind.MARKET_DATA, rng));
        assertEquals(3_000_000L, model.sampleNanos(LatencyKind.FILL_NOTIFICATION, rng));
    }

    @Test
    void negativeOrInvertedRangesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LatencyRange(-5, 10));
        assertEquals("minMillis must be a finite number >= 0, was -5.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LatencyRange(20, 10));
        assertThrows(IllegalArgumentException.class, () -> new UniformSpikeLatencyModel.Provider()
                .create(ModelSettings.of("submit_min_ms", "-1")));
    }
}
