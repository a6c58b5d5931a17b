package dev.parallax.sim.api.indicator;

/**
 * The sample standard deviation (divisor {@code n - 1}) of the last {@code period} values:
 * {@code sqrt((sum(x^2) - sum(x)^2 / n) / (n - 1))}. Ready after {@code period >= 2} values. O(1)
 * per update with running sums, recomputed exactly once every {@code period} updates.
 */
public final class RollingStandardDeviation implements Indicator {

    private final Window window;
    private double sum;
    private double sumSquares;
    private int sinceExact;

    /** A deviation over {@code period >= 2} values. */
    public RollingStandardDeviation(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2 for a sample deviation, was " + period);
        }
        this.window = new Window(period);
    }

    /** Takes {@code value} (finite) and returns the new deviation, or NaN while not ready. */
    public double update(double value) {
        double evicted = window.push(value);
        if (++sinceExact >= window.size()) {
            sinceExact = 0;
            sum = window.exactSum();
            sumSquares = window.exactSumOfSquares();
        } else if (Double.isNaN(evicted)) {
            sum += value;
            sumSquares += value * value;
        } else {
            sum += value - evicted;
            sumSquares += value * value - evicted * evicted;
        }
        return value();
    }

    @Override
    public boolean isReady() {
        return window.full();
    }

    @Override
    public double value() {
        if (!isReady()) {
            return Double.NaN;
        }
        int n = window.size();
        double variance = (sumSquares - sum * sum / n) / (n - 1);
        return Math.sqrt(Math.max(0.0, variance));
    }

    @Override
    public long count() {
        return window.count();
    }
}
