package dev.parallax.sim.api.indicator;

import dev.parallax.sim.api.Preconditions;

/**
 * Wilder's relative strength index, from 0 to 100. Price changes are split into gains and losses;
 * the first averages are the means of the first {@code period} changes, later ones are smoothed
 * as {@code avg = (avg * (period - 1) + x) / period}. {@code RSI = 100 - 100 / (1 + avgGain / avgLoss)},
 * 100 when there are no losses, and 50 when prices did not move at all. Ready after
 * {@code period + 1} prices.
 */
public final class RelativeStrengthIndex implements Indicator {

    private final int period;
    private double previous = Double.NaN;
    private double avgGain;
    private double avgLoss;
    private long changes;
    private long count;

    /** An RSI over {@code period >= 1} changes. */
    public RelativeStrengthIndex(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.period = period;
    }

    /** Takes a price and returns the new RSI, or NaN while not ready. */
    public double update(double price) {
        Preconditions.finite("indicator input", price);
        count++;
        if (!Double.isNaN(previous)) {
            double change = price - previous;
            double gain = Math.max(change, 0);
            double loss = Math.max(-change, 0);
            changes++;
            if (changes <= period) {
                avgGain += gain / period;
                avgLoss += loss / period;
            } else {
                avgGain = (avgGain * (period - 1) + gain) / period;
                avgLoss = (avgLoss * (period - 1) + loss) / period;
            }
        }
        previous = price;
        return value();
    }

    @Override
    public boolean isReady() {
        return changes >= period;
    }

    @Override
    public double value() {
        if (!isReady()) {
            return Double.NaN;
        }
        if (avgLoss == 0) {
            return avgGain == 0 ? 50.0 : 100.0;
        }
        return 100.0 - 100.0 / (1.0 + avgGain / avgLoss);
    }

    @Override
    public long count() {
        return count;
    }
}
