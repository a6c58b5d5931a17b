package dev.parallax.cli.report;

import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.Bar;
import java.util.List;

/**
 * A price series a run is measured against, held as buy and hold: the benchmark's equity is the
 * run's starting equity invested at the first price, {@code start * price[i] / price[0]}, with no
 * fee. By default it is the traded instrument's own closes.
 *
 * @param name   what the benchmark is ({@code buy and hold BTC/USD})
 * @param millis times of the prices, epoch milliseconds, not decreasing
 * @param prices the prices, each finite and {@code > 0}
 */
public record Benchmark(String name, long[] millis, double[] prices) {

    /** Validates the series and copies the arrays. */
    public Benchmark {
        Preconditions.notBlank("name", name);
        if (millis.length != prices.length) {
            throw new IllegalArgumentException("benchmark millis and prices must have the same length, were "
                    + millis.length + " and " + prices.length);
        }
        if (prices.length == 0) {
            throw new IllegalArgumentException("benchmark '" + name + "' must have at least one price, had none");
        }
        for (int i = 0; i < prices.length; i++) {
            if (!(prices[i] > 0) || Double.isInfinite(prices[i])) {
                throw new IllegalArgumentException("benchmark price [" + i + "] must be a finite number > 0, was "
                        + prices[i]);
            }
            if (i > 0 && millis[i] < millis[i - 1]) {
                throw new IllegalArgumentException("benchmark times must not decrease, millis[" + i + "] was "
                        + millis[i] + " after " + millis[i - 1]);
            }
        }
        millis = millis.clone();
        prices = prices.clone();
    }

    /** Buy and hold of {@code bars}' closes, named after their symbol. */
    public static Benchmark buyAndHold(List<Bar> bars) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a buy-and-hold benchmark needs bars, had none");
        }
        long[] t = new long[bars.size()];
        double[] p = new double[bars.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.floorDiv(bars.get(i).timeNanos(), 1_000_000L);
            p[i] = bars.get(i).close();
        }
        return new Benchmark("buy and hold " + bars.get(0).symbol(), t, p);
    }

    /** The times (a copy). */
    @Override
    public long[] millis() {
        return millis.clone();
    }

    /** The prices (a copy). */
    @Override
    public double[] prices() {
        return prices.clone();
    }

    /** The benchmark's equity when {@code start} is invested at the first price. */
    public double[] equity(double start) {
        double[] e = new double[prices.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = start * prices[i] / prices[0];
        }
        return e;
    }
}
