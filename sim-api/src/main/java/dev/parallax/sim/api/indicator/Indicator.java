package dev.parallax.sim.api.indicator;

/**
 * A streaming indicator: it takes one observation at a time in O(1) time and memory bounded by its
 * period, and tells when it has seen enough data to mean something.
 */
public interface Indicator {

    /** True once the indicator has seen enough observations; strategies should not act before. */
    boolean isReady();

    /** The current value, or {@code NaN} while not ready. */
    double value();

    /** How many observations it has taken. */
    long count();
}
