package dev.parallax.sim.api.indicator;

/**
 * The mean of the last {@code period} values. Ready after {@code period} values. O(1) per update: a
 * running sum that adds the new value and drops the oldest, recomputed exactly once every
 * {@code period} updates so rounding never accumulates.
 */
public final class SimpleMovingAverage implements Indicator {

    private final Window window;
    private double sum;
    private int sinceExact;

    /** An average over {@code period >= 1} values. */
    public SimpleMovingAverage(int period) {
        this.window = new Window(period);
    }

    /** Takes {@code value} (finite) and returns the new average, or NaN while not ready. */
    public double update(double value) {
        double evicted = window.push(value);
        if (++sinceExact >= window.size()) {
            sum = window.exactSum();
            sinceExact = 0;
        } else {
            sum += Double.isNaN(evicted) ? value : value - evicted;
        }
        return value();
    }

    @Override
    public boolean isReady() {
        return window.full();
    }

    @Override
    public double value() {
        return isReady() ? sum / window.size() : Double.NaN;
    }

    @Override
    public long count() {
        return window.count();
    }

    /** The number of values averaged. */
    public int period() {
        return window.size();
    }
}
