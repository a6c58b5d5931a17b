package dev.parallax.backtest.columnar;

/**
 * The moving-average crossover of {@link dev.parallax.backtest.strategy.SmaCrossStrategy} for the
 * columnar engine, with the same rules (a cross needs a previous difference; long on an up-cross;
 * flat, or short when long-short, on a down-cross) and bit-for-bit the same averages: running sums
 * that add the new close and drop the oldest, recomputed exactly in time order every
 * {@code period} bars, as {@link dev.parallax.sim.api.indicator.SimpleMovingAverage} does.
 */
public final class ColumnarSmaCross implements ColumnarStrategy {

    private final int fast;
    private final int slow;
    private final boolean longShort;
    private final double units;
    private double fastSum;
    private double slowSum;
    /** Bars until each sum is recomputed exactly: a countdown, cheaper than a modulo on every bar. */
    private int fastLeft;
    private int slowLeft;
    private double previousDiff = Double.NaN;
    private double target;

    /** A crossover of {@code fast} over {@code slow} bars ({@code 1 <= fast < slow}), {@code units > 0} per trade. */
    public ColumnarSmaCross(int fast, int slow, boolean longShort, double units) {
        if (fast < 1 || slow <= fast) {
            throw new IllegalArgumentException("periods must satisfy 1 <= fast < slow, were fast " + fast + " and slow "
                    + slow);
        }
        if (!(units > 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("units must be a finite number > 0, was " + units);
        }
        this.fast = fast;
        this.slow = slow;
        this.longShort = longShort;
        this.units = units;
        this.fastLeft = fast;
        this.slowLeft = slow;
    }

    @Override
    public double targetPosition(BarSeries bars, int i) {
        if (--fastLeft == 0) {
            fastLeft = fast;
            fastSum = exact(bars, i, fast);
        } else {
            fastSum = i >= fast ? fastSum + (bars.close(i) - bars.close(i - fast)) : fastSum + bars.close(i);
        }
        if (--slowLeft == 0) {
            slowLeft = slow;
            slowSum = exact(bars, i, slow);
        } else {
            slowSum = i >= slow ? slowSum + (bars.close(i) - bars.close(i - slow)) : slowSum + bars.close(i);
        }
        if (i + 1 < slow) {
            return target;
        }
        double diff = fastSum / fast - slowSum / slow;
        if (previousDiff == previousDiff) {
            if (previousDiff <= 0 && diff > 0) {
                target = units;
            } else if (previousDiff >= 0 && diff < 0) {
                target = longShort ? -units : 0.0;
            }
        }
        previousDiff = diff;
        return target;
    }

    /** The running sum of the last {@code n} closes after bar {@code i} (bars visited in order from 0). */
    static double roll(BarSeries bars, int i, int n, double sum) {
        if ((i + 1) % n == 0) {
            return exact(bars, i, n);
        }
        return i >= n ? sum + (bars.close(i) - bars.close(i - n)) : sum + bars.close(i);
    }

    /** The sum of closes {@code i - n + 1 .. i}, added in time order. */
    private static double exact(BarSeries bars, int i, int n) {
        double sum = 0;
        for (int j = i - n + 1; j <= i; j++) {
            sum += bars.close(j);
        }
        return sum;
    }
}
