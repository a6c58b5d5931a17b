package dev.parallax.parity;

/**
 * Times and durations of fills, which are nanoseconds ({@link dev.parallax.sim.api.Fill#timeNanos()},
 * {@link dev.parallax.sim.api.Fill#latencyNanos()}), in the milliseconds parity reports, with the
 * fraction kept.
 */
final class Millis {

    private static final long PER_SECOND = 1_000_000_000L;

    private Millis() {
    }

    /**
     * {@code to - from} in milliseconds, with the fraction kept: whole seconds times 1,000 plus the
     * nanoseconds left over divided by 1,000,000, so the difference of any two {@code long} times is
     * exact to the nanosecond before that last division and never overflows.
     */
    static double between(long from, long to) {
        long seconds = Math.floorDiv(to, PER_SECOND) - Math.floorDiv(from, PER_SECOND);
        long nanos = Math.floorMod(to, PER_SECOND) - Math.floorMod(from, PER_SECOND);
        if (nanos < 0) {
            seconds--;
            nanos += PER_SECOND;
        }
        return seconds * 1_000.0 + nanos / 1_000_000.0;
    }

    /** A duration of {@code nanos} (not negative) in milliseconds, computed as {@link #between}. */
    static double of(long nanos) {
        return between(0, nanos);
    }
}
