package dev.parallax.backtest.columnar;

import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Bars of one symbol held in columns: six primitive arrays, 48 bytes a bar, no object per bar.
 * Times strictly increase and every bar satisfies the same rules as {@link Bar}. Build one with
 * {@link Builder} or {@link #of(List)}; the arrays are never exposed for writing.
 */
public final class BarSeries {

    private final String symbol;
    private final long[] times;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    private BarSeries(String symbol, long[] times, double[] open, double[] high, double[] low, double[] close,
                      double[] volume) {
        this.symbol = symbol;
        this.times = times;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** The bars of {@code bars}, which must all be of one symbol and in increasing time. */
    public static BarSeries of(List<Bar> bars) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar series needs at least one bar");
        }
        Builder b = new Builder(bars.get(0).symbol(), bars.size());
        for (Bar bar : bars) {
            if (!bar.symbol().equals(b.symbol)) {
                throw new IllegalArgumentException("bar of " + bar.symbol() + " in a series of " + b.symbol);
            }
            b.add(bar.timeNanos(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        }
        return b.build();
    }

    /** Number of bars. */
    public int size() {
        return times.length;
    }

    /** The symbol. */
    public String symbol() {
        return symbol;
    }

    /** End time of bar {@code i}, epoch nanoseconds. */
    public long time(int i) {
        return times[i];
    }

    /** Open of bar {@code i}. */
    public double open(int i) {
        return open[i];
    }

    /** High of bar {@code i}. */
    public double high(int i) {
        return high[i];
    }

    /** Low of bar {@code i}. */
    public double low(int i) {
        return low[i];
    }

    /** Close of bar {@code i}. */
    public double close(int i) {
        return close[i];
    }

    /** Volume of bar {@code i}. */
    public double volume(int i) {
        return volume[i];
    }

    /** Bar {@code i} as a {@link Bar} object (allocates; for the event engine and tests). */
    public Bar bar(int i) {
        return new Bar(symbol, times[i], open[i], high[i], low[i], close[i], volume[i]);
    }

    /**
     * The bars as a stream of market events for the event engine, in time order; one {@link Bar}
     * object is made per bar as it is read.
     */
    public MarketDataSource events() {
        return new MarketDataSource() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < times.length;
            }

            @Override
            public MarketEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more bars after " + times.length);
                }
                return bar(next++);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Appends bars in time order, checking each; grows as needed. */
    public static final class Builder {

        private final String symbol;
        private long[] times;
        private double[] open;
        private double[] high;
        private double[] low;
        private double[] close;
        private double[] volume;
        private int size;

        /** A builder for {@code symbol} with room for {@code capacity} bars before it grows. */
        public Builder(String symbol, int capacity) {
            this.symbol = Preconditions.notBlank("symbol", symbol);
            int c = Math.max(1, capacity);
            times = new long[c];
            open = new double[c];
            high = new double[c];
            low = new double[c];
            close = new double[c];
            volume = new double[c];
        }

        /** Appends one bar; rejected like a {@link Bar} would be, or if it is not after the last. */
        public Builder add(long time, double o, double h, double l, double c, double v) {
            Bar.check(symbol, time, o, h, l, c, v);
            if (size > 0 && time <= times[size - 1]) {
                throw new IllegalArgumentException("bar " + symbol + " at " + time + " is not after the previous bar at "
                        + times[size - 1]);
            }
            if (size == times.length) {
                int n = size * 2;
                times = Arrays.copyOf(times, n);
                open = Arrays.copyOf(open, n);
                high = Arrays.copyOf(high, n);
                low = Arrays.copyOf(low, n);
                close = Arrays.copyOf(close, n);
                volume = Arrays.copyOf(volume, n);
            }
            times[size] = time;
            open[size] = o;
            high[size] = h;
            low[size] = l;
            close[size] = c;
            volume[size] = v;
            size++;
            return this;
        }

        /** The series; trims the columns to the bars added. */
        public BarSeries build() {
            if (size == 0) {
                throw new IllegalArgumentException("a bar series needs at least one bar");
            }
            return new BarSeries(symbol, Arrays.copyOf(times, size), Arrays.copyOf(open, size),
                    Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size),
                    Arrays.copyOf(volume, size));
        }
    }
}
