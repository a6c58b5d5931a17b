package dev.parallax.sim.api.indicator;

import dev.parallax.sim.api.Preconditions;

/**
 * Wilder's average true range. The true range of a bar is
 * {@code max(high - low, |high - previousClose|, |low - previousClose|)}, and {@code high - low}
 * for the first bar. The first ATR is the mean of the first {@code period} true ranges; after that
 * {@code atr = (atr * (period - 1) + tr) / period}. Ready after {@code period} bars.
 */
public final class AverageTrueRange implements Indicator {

    private final int period;
    private double previousClose = Double.NaN;
    private double atr;
    private double seedSum;
    private long count;

    /** An ATR over {@code period >= 1} bars. */
    public AverageTrueRange(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.period = period;
    }

    /** Takes one bar and returns the new ATR, or NaN while not ready. */
    public double update(double high, double low, double close) {
        Preconditions.finite("high", high);
        Preconditions.finite("low", low);
        Preconditions.finite("close", close);
        if (high < low) {
            throw new IllegalArgumentException("high " + high + " must be >= low " + low);
        }
        double tr = high - low;
        if (!Double.isNaN(previousClose)) {
            tr = Math.max(tr, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        previousClose = close;
        count++;
        if (count < period) {
            seedSum += tr;
        } else if (count == period) {
            atr = (seedSum + tr) / period;
        } else {
            atr = (atr * (period - 1) + tr) / period;
        }
        return value();
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public double value() {
        return isReady() ? atr : Double.NaN;
    }

    @Override
    public long count() {
        return count;
    }
}
