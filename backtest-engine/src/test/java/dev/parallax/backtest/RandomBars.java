package dev.parallax.backtest;

import dev.parallax.sim.api.data.Bar;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded synthetic daily bars: a geometric random walk. */
final class RandomBars {

    private RandomBars() {
    }

    static List<Bar> walk(String symbol, int n, long seed) {
        Random random = new Random(seed);
        List<Bar> bars = new ArrayList<>(n);
        double close = 100;
        long day = 86_400_000_000_000L;
        for (int i = 0; i < n; i++) {
            double open = close;
            close = open * Math.exp(0.01 * random.nextGaussian());
            double high = Math.max(open, close) * (1 + 0.005 * Math.abs(random.nextGaussian()));
            double low = Math.min(open, close) * (1 - 0.005 * Math.abs(random.nextGaussian()));
            bars.add(new Bar(symbol, 946_684_800_000_000_000L + (i + 1) * day, open, high, low, close,
                    1000 + 1000 * random.nextDouble()));
        }
        return bars;
    }
}
