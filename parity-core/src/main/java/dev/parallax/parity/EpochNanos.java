package dev.parallax.parity;

import java.time.Instant;

/**
 * Times of fills, which are epoch nanoseconds ({@link dev.parallax.sim.api.Fill#timeNanos()}), turned
 * into what parity reports: instants for days, and milliseconds with the fraction kept.
 */
final class EpochNanos {

    private static final long PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    /** The instant of {@code nanos} epoch nanoseconds ({@link dev.parallax.sim.api.EpochNanos#instant}). */
    static Instant instant(long nanos) {
        return dev.parallax.sim.api.EpochNanos.instant(nanos);
    }

    /** The epoch nanoseconds of {@code time} ({@link dev.parallax.sim.api.EpochNanos#of}). */
    static long of(Instant time) {
        return dev.parallax.sim.api.EpochNanos.of(time);
    }

    /**
     * {@code to - from} in milliseconds, with the fraction kept: whole seconds times 1,000 plus the
     * nanoseconds left over divided by 1,000,000, so the difference of any two {@code long} times is
     * exact to the nanosecond before that last division and never overflows.
     */
    static double millisBetween(long from, long to) {
        long seconds = Math.floorDiv(to, PER_SECOND) - Math.floorDiv(from, PER_SECOND);
        long nanos = Math.floorMod(to, PER_SECOND) - Math.floorMod(from, PER_SECOND);
        if (nanos < 0) {
            seconds--;
            nanos += PER_SECOND;
        }
        return seconds * 1_000.0 + nanos / 1_000_000.0;
    }

    /** A duration of {@code nanos} (not negative) in milliseconds, computed as {@link #millisBetween}. */
    static double millis(long nanos) {
        return millisBetween(0, nanos);
    }
}
