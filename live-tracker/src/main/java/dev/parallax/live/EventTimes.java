package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Duration;
import java.time.Instant;

/**
 * Checks of times and durations against what the event store keeps: nanoseconds since the epoch in
 * a {@code long}, which spans 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z, and
 * durations of up to {@link Long#MAX_VALUE} nanoseconds (about 292 years). An event outside these
 * spans is refused when it is made, with the field named, rather than when it is stored.
 */
final class EventTimes {

    /** The earliest time the store can hold. */
    static final Instant EARLIEST = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The latest time the store can hold. */
    static final Instant LATEST = Instant.ofEpochSecond(0, Long.MAX_VALUE);
    private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

    private EventTimes() {
    }

    /** {@code time}, if it is present and within {@link #EARLIEST}..{@link #LATEST}. */
    static Instant time(String field, Instant time) {
        notNull(field, time);
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw new IllegalArgumentException(field + " must be between " + EARLIEST + " and " + LATEST
                    + " (nanoseconds since the epoch in a long, as the store keeps it), was " + time);
        }
        return time;
    }

    /** {@code duration}, if it is present, not negative and at most {@link Long#MAX_VALUE} nanoseconds. */
    static Duration duration(String field, Duration duration) {
        notNull(field, duration);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + duration);
        }
        if (duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(field + " must be at most " + LONGEST
                    + " (nanoseconds in a long, as the store keeps it), was " + duration);
        }
        return duration;
    }
}
