package dev.parallax.sim.api;

import java.time.Instant;

/**
 * Instants as nanoseconds since 1970-01-01T00:00:00Z in a {@code long}, the unit of every time in
 * Parallax: from 1677-09-21T00:12:43.145224192Z ({@link Long#MIN_VALUE}) to
 * 2262-04-11T23:47:16.854775807Z ({@link Long#MAX_VALUE}).
 */
public final class EpochNanos {

    private static final long PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    /**
     * The epoch nanoseconds of {@code time}. Before the epoch one second is borrowed from the
     * seconds, as {@link Instant#toEpochMilli()} does, so that the earliest instants, whose seconds
     * alone times 10^9 would not fit, still convert.
     *
     * @throws ArithmeticException if {@code time} lies outside the range of a {@code long}
     */
    public static long of(Instant time) {
        long seconds = time.getEpochSecond();
        if (seconds < 0) {
            return Math.addExact(Math.multiplyExact(seconds + 1, PER_SECOND), time.getNano() - PER_SECOND);
        }
        return Math.addExact(Math.multiplyExact(seconds, PER_SECOND), time.getNano());
    }

    /** The instant {@code nanos} nanoseconds after the epoch (before it, when negative). */
    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
    }
}
