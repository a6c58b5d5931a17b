package dev.parallax.sim.api.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties every {@link LatencyModel} must have. Extend it and implement {@link #model()}. */
public abstract class LatencyModelContract {

    /** A fresh model under test. */
    protected abstract LatencyModel model();

    @Test
    @DisplayName("no delay is ever negative")
    void delaysAreNeverNegative() {
        LatencyModel model = model();
        SplittableRandom rng = new SplittableRandom(7);
        for (LatencyKind kind : LatencyKind.values()) {
            for (int i = 0; i < 10_000; i++) {
                long nanos = model.sampleNanos(kind, rng);
                assertTrue(nanos >= 0, () -> kind + " delay was " + nanos);
            }
        }
    }

    @Test
    @DisplayName("the same seed gives the same delays")
    void sameSeedGivesSameDelays() {
        assertArrayEquals(draw(model(), 11), draw(model(), 11));
    }

    private static long[] draw(LatencyModel model, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] out = new long[3_000];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.sampleNanos(LatencyKind.values()[i % 3], rng);
        }
        return out;
    }
}
