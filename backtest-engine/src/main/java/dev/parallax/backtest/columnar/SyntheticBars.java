package dev.parallax.backtest.columnar;

import java.util.Random;

/**
 * Daily bars of a geometric random walk, drawn from {@code java.util.Random(seed)} in a fixed order
 * so anyone can reproduce them: for bar {@code i}, {@code open = previous close} (100 for the
 * first); {@code close = open * exp(0.01 * nextGaussian())};
 * {@code high = max(open, close) * (1 + 0.005 * |nextGaussian()|)};
 * {@code low = min(open, close) * (1 - 0.005 * |nextGaussian()|)};
 * {@code volume = 1000 + 1000 * nextDouble()}; the bar ends at 2000-01-01T00:00Z plus {@code i + 1} days.
 */
public final class SyntheticBars {

    /** 2000-01-01T00:00:00Z in epoch nanoseconds. */
    public static final long START_NANOS = 946_684_800_000_000_000L;
    /** One day in nanoseconds, the spacing of the recipe. */
    public static final long DAY_NANOS = 86_400_000_000_000L;

    private SyntheticBars() {
    }

    /**
     * {@code n} daily bars of {@code symbol} from {@code seed}.
     *
     * @throws IllegalArgumentException if the last bar would end after 2262-04-11, the end of epoch
     *                                  nanoseconds (about 95,000 daily bars); use
     *                                  {@link #generate(String, int, long, long)} with a shorter spacing
     */
    public static BarSeries generate(String symbol, int n, long seed) {
        return generate(symbol, n, seed, DAY_NANOS);
    }

    /**
     * {@code n} bars drawn as described above, but ending {@code spacingNanos} apart instead of a
     * day. The prices are the same whatever the spacing.
     */
    public static BarSeries generate(String symbol, int n, long seed, long spacingNanos) {
        if (spacingNanos <= 0 || n < 1 || (Long.MAX_VALUE - START_NANOS) / spacingNanos < n) {
            throw new IllegalArgumentException(n + " bars " + spacingNanos + " ns apart from 2000-01-01 do not fit "
                    + "in epoch nanoseconds (they end in 2262); use a shorter spacing");
        }
        Random random = new Random(seed);
        BarSeries.Builder b = new BarSeries.Builder(symbol, n);
        double previousClose = 100.0;
        for (int i = 0; i < n; i++) {
            double open = previousClose;
            double close = open * Math.exp(0.01 * random.nextGaussian());
            double high = Math.max(open, close) * (1 + 0.005 * Math.abs(random.nextGaussian()));
            double low = Math.min(open, close) * (1 - 0.005 * Math.abs(random.nextGaussian()));
            double volume = 1000 + 1000 * random.nextDouble();
            b.add(START_NANOS + (i + 1) * spacingNanos, open, high, low, close, volume);
            previousClose = close;
        }
        return b.build();
    }
}
