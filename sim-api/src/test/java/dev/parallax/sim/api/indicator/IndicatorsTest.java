package dev.parallax.sim.api.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    @Test
    void smaIsNotReadyUntilItsPeriodIsFull() {
        SimpleMovingAverage sma = new SimpleMovingAverage(3);
        assertTrue(Double.isNaN(sma.update(1)));
        assertTrue(Double.isNaN(sma.update(2)));
        assertFalse(sma.isReady());
        assertEquals(2.0, sma.update(3)); // (1 + 2 + 3) / 3
        assertEquals(3.0, sma.update(4)); // (2 + 3 + 4) / 3
        assertEquals(13.0 / 3, sma.update(6), 1e-15); // (3 + 4 + 6) / 3
    }

    @Test
    void smaStaysExactOverALongRun() {
        SimpleMovingAverage sma = new SimpleMovingAverage(20);
        SplittableRandom rng = new SplittableRandom(1);
        double[] last = new double[20];
        for (int i = 0; i < 1_000_000; i++) {
            double x = 1e6 + rng.nextGaussian() * 1e3;
            last[i % 20] = x;
            sma.update(x);
        }
        double exact = 0;
        for (double x : last) {
            exact += x;
        }
        assertEquals(exact / 20, sma.value(), 1e-9);
    }

    @Test
    void emaSeedsWithTheSimpleAverageThenSmooths() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(3); // alpha = 2 / 4 = 0.5
        ema.update(2);
        ema.update(4);
        assertEquals(4.0, ema.update(6)); // seed (2 + 4 + 6) / 3
        assertEquals(7.0, ema.update(10)); // 4 + 0.5 * (10 - 4)
        assertEquals(5.5, ema.update(4)); // 7 + 0.5 * (4 - 7)
    }

    @Test
    void rollingDeviationUsesTheSampleDivisor() {
        RollingStandardDeviation sd = new RollingStandardDeviation(4);
        sd.update(2);
        sd.update(4);
        sd.update(4);
        // mean of 2, 4, 4, 6 is 4; squared deviations 4 + 0 + 0 + 4 = 8; 8 / 3 -> sqrt = 1.632993...
        assertEquals(Math.sqrt(8.0 / 3.0), sd.update(6), 1e-12);
        // window 4, 4, 6, 8: mean 5.5; deviations 2.25 + 2.25 + 0.25 + 6.25 = 11; 11 / 3
        assertEquals(Math.sqrt(11.0 / 3.0), sd.update(8), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new RollingStandardDeviation(1));
    }

    @Test
    void atrFollowsWilder() {
        AverageTrueRange atr = new AverageTrueRange(2);
        assertTrue(Double.isNaN(atr.update(10, 8, 9))); // TR 2
        // TR = max(12 - 9, |12 - 9|, |9 - 9|) = 3; seed (2 + 3) / 2 = 2.5
        assertEquals(2.5, atr.update(12, 9, 11));
        // TR = max(11 - 10, |11 - 11|, |10 - 11|) = 1; (2.5 * 1 + 1) / 2 = 1.75
        assertEquals(1.75, atr.update(11, 10, 10.5));
        // gap down: TR = max(8 - 7, |8 - 10.5|, |7 - 10.5|) = 3.5; (1.75 + 3.5) / 2 = 2.625
        assertEquals(2.625, atr.update(8, 7, 7.5));
    }

    @Test
    void rsiFollowsWilder() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(2);
        rsi.update(10);
        rsi.update(11); // +1
        // -0.5: avg gain (1 + 0) / 2 = 0.5, avg loss (0 + 0.5) / 2 = 0.25, RS 2, RSI 100 - 100/3 = 66.67
        assertEquals(100 - 100 / 3.0, rsi.update(10.5), 1e-12);
        // +1.5: gain (0.5 + 1.5) / 2 = 1, loss (0.25 + 0) / 2 = 0.125, RS 8, RSI 100 - 100/9
        assertEquals(100 - 100 / 9.0, rsi.update(12), 1e-12);
    }

    @Test
    void rsiOfAFlatSeriesIsFiftyAndOfARisingOneIsHundred() {
        RelativeStrengthIndex flat = new RelativeStrengthIndex(3);
        RelativeStrengthIndex rising = new RelativeStrengthIndex(3);
        for (int i = 0; i < 5; i++) {
            flat.update(10);
            rising.update(10 + i);
        }
        assertEquals(50.0, flat.value());
        assertEquals(100.0, rising.value());
    }

    @Test
    void nanInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SimpleMovingAverage(3).update(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new RelativeStrengthIndex(3).update(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SimpleMovingAverage(0));
    }
}
