package dev.parallax.backtest.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RegimeClassifierTest {

    @Test
    void unknownUntilTheLongWindowIsFull() {
        RegimeClassifier c = new RegimeClassifier(3, 6, 1.5, 0.3);
        for (int i = 0; i < 6; i++) {
            assertEquals(Regime.UNKNOWN, c.update(100 + i));
        }
        assertEquals(Regime.TRENDING, c.update(107)); // 6 returns now
    }

    @Test
    void aSteadyClimbIsTrending() {
        RegimeClassifier c = new RegimeClassifier();
        Regime last = null;
        for (int i = 0; i < 150; i++) {
            last = c.update(100 * Math.pow(1.001, i) * (i % 2 == 0 ? 1.0002 : 0.9998));
        }
        assertEquals(Regime.TRENDING, last);
    }

    @Test
    void aBackAndForthMarketIsRanging() {
        RegimeClassifier c = new RegimeClassifier();
        Regime last = null;
        for (int i = 0; i < 150; i++) {
            last = c.update(i % 2 == 0 ? 100 : 101);
        }
        // efficiency over 20 prices: |p_t - p_(t-20)| = 0 against a path of 20 -> 0 < 0.3
        assertEquals(Regime.RANGING, last);
    }

    @Test
    void aVolatilityBurstIsVolatile() {
        RegimeClassifier c = new RegimeClassifier();
        Random r = new Random(1);
        double p = 100;
        for (int i = 0; i < 120; i++) {
            p *= Math.exp(0.002 * r.nextGaussian());
            c.update(p);
        }
        Regime last = null;
        for (int i = 0; i < 10; i++) {
            p *= Math.exp(0.03 * r.nextGaussian());
            last = c.update(p);
        }
        assertEquals(Regime.VOLATILE, last);
    }
}
