package dev.parallax.backtest.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.indicator.SimpleMovingAverage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntheticBarsTest {

    @Test
    void followsThePublishedRecipeDrawForDraw() {
        BarSeries bars = SyntheticBars.generate("SYN", 3, 42);
        Random r = new Random(42);
        double open = 100;
        for (int i = 0; i < 3; i++) {
            double close = open * Math.exp(0.01 * r.nextGaussian());
            double high = Math.max(open, close) * (1 + 0.005 * Math.abs(r.nextGaussian()));
            double low = Math.min(open, close) * (1 - 0.005 * Math.abs(r.nextGaussian()));
            double volume = 1000 + 1000 * r.nextDouble();
            assertEquals(open, bars.open(i), 0.0);
            assertEquals(close, bars.close(i), 0.0);
            assertEquals(high, bars.high(i), 0.0);
            assertEquals(low, bars.low(i), 0.0);
            assertEquals(volume, bars.volume(i), 0.0);
            open = close;
        }
        // bar 0 ends 2000-01-02T00:00Z
        assertEquals(946_771_200_000_000_000L, bars.time(0));
    }

    @Test
    void theColumnarAveragesAreBitForBitThoseOfTheStreamingIndicator() {
        BarSeries bars = SyntheticBars.generate("SYN", 100_000, 5, 60_000_000_000L);
        SimpleMovingAverage sma = new SimpleMovingAverage(20);
        double sum = 0;
        for (int i = 0; i < bars.size(); i++) {
            sma.update(bars.close(i));
            sum = ColumnarSmaCross.roll(bars, i, 20, sum);
            if (sma.isReady()) {
                assertEquals(sma.value(), sum / 20, 0.0, "bar " + i);
            }
        }
    }

    @Test
    void pricesDoNotDependOnTheSpacingAndOverflowIsRefused() {
        BarSeries daily = SyntheticBars.generate("SYN", 1_000, 9);
        BarSeries minutes = SyntheticBars.generate("SYN", 1_000, 9, 60_000_000_000L);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(daily.close(i), minutes.close(i), 0.0);
        }
        var e = assertThrows(IllegalArgumentException.class, () -> SyntheticBars.generate("SYN", 5_000_000, 42));
        assertTrue(e.getMessage().contains("do not fit in epoch nanoseconds"), e.getMessage());
    }

    @Test
    void barsOutOfOrderOrInvalidAreRejected() {
        BarSeries.Builder b = new BarSeries.Builder("X", 2).add(10, 1, 2, 0.5, 1.5, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> b.add(10, 1, 2, 0.5, 1.5, 1));
        assertEquals("bar X at 10 is not after the previous bar at 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.add(11, 1, 0.9, 0.5, 0.6, 1));
    }
}
