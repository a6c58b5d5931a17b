package dev.parallax.sim.core.latency;

import dev.parallax.sim.api.Preconditions;

/**
 * A closed range of delays in milliseconds.
 *
 * @param minMillis shortest delay, finite and {@code >= 0}
 * @param maxMillis longest delay, finite and {@code >= minMillis}
 */
public record LatencyRange(double minMillis, double maxMillis) {

    /** Validates the range. */
    public LatencyRange {
        Preconditions.nonNegative("minMillis", minMillis);
        Preconditions.nonNegative("maxMillis", maxMillis);
        if (maxMillis < minMillis) {
            throw new IllegalArgumentException(
                    "maxMillis must be >= minMillis, was " + maxMillis + " < " + minMillis);
        }
    }

    /** The point a fraction {@code u} in {@code [0, 1)} of the way from min to max. */
    double at(double u) {
        return minMillis + (maxMillis - minMillis) * u;
    }
}
