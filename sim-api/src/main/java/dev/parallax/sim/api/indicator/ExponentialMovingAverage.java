package dev.parallax.sim.api.indicator;

import dev.parallax.sim.api.Preconditions;

/**
 * Exponential moving average with {@code alpha = 2 / (period + 1)}:
 * {@code ema = ema + alpha * (value - ema)}. Seeded with the simple average of the first
 * {@code period} values, and ready from then on.
 */
public final class ExponentialMovingAverage implements Indicator {

    private final int period;
    private final double alpha;
    private double ema;
    private double seedSum;
    private long count;

    /** An average with span {@code period >= 1}. */
    public ExponentialMovingAverage(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.period = period;
        this.alpha = 2.0 / (period + 1);
    }

    /** Takes {@code value} (finite) and returns the new average, or NaN while not ready. */
    public double update(double value) {
        Preconditions.finite("indicator input", value);
        count++;
        if (count < period) {
            seedSum += value;
        } else if (count == period) {
            ema = (seedSum + value) / period;
        } else {
            ema += alpha * (value - ema);
        }
        return value();
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public double value() {
        return isReady() ? ema : Double.NaN;
    }

    @Override
    public long count() {
        return count;
    }
}
