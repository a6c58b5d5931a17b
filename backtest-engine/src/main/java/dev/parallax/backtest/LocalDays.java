package dev.parallax.backtest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The local date of instants in one time zone, as an epoch day: {@code floor((epoch second +
 * offset) / 86,400)}, the same day {@code instant.atZone(zone).toLocalDate()} gives. The zone's
 * offset is looked up once for each stretch between two of its transitions (twice a year for a zone
 * with daylight saving time, never again for a fixed offset), so a run of instants in time order
 * costs arithmetic only. Not thread-safe.
 */
final class LocalDays {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    private final ZoneRules rules;
    /** The stretch, in epoch seconds {@code [from, until)}, over which {@link #offsetSeconds} holds. */
    private long from = Long.MAX_VALUE;
    private long until = Long.MIN_VALUE;
    private int offsetSeconds;

    LocalDays(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The local date of {@code epochNanos} as days since 1970-01-01. */
    long epochDay(long epochNanos) {
        long second = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        if (second < from || second >= until) {
            locate(second);
        }
        return Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY);
    }

    /** Finds the offset at {@code second} and the transitions around it. */
    private void locate(long second) {
        Instant at = Instant.ofEpochSecond(second);
        offsetSeconds = rules.getOffset(at).getTotalSeconds();
        // a transition at this very second already applies, so look for the last one up to it
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
}
