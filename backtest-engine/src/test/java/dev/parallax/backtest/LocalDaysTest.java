package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDaysTest {

    private static final long NANOS = 1_000_000_000L;

    private static long expected(long epochNanos, ZoneId zone) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS), Math.floorMod(epochNanos, NANOS))
                .atZone(zone).toLocalDate().toEpochDay();
    }

    /**
     * Zones with daylight saving time (New York, London), a half-hour shift (Lord Howe), a skipped
     * day (Apia, end of 2011), a fixed offset and UTC; instants in time order, jumping back, and
     * on both sides of every transition second.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia",
            "Asia/Kolkata", "-03:30"})
    void givesTheDateThatAtZoneGives(String id) {
        ZoneId zone = ZoneId.of(id);
        LocalDays days = new LocalDays(zone);
        SplittableRandom random = new SplittableRandom(id.hashCode());
        long t = Instant.parse("2009-01-01T00:00:00Z").getEpochSecond() * NANOS;
        for (int i = 0; i < 200_000; i++) {
            t += random.nextLong(0, 3_600 * NANOS);
            long at = t;
            assertEquals(expected(at, zone), days.epochDay(at), () -> id + " at " + at + " ns");
        }
        for (int i = 0; i < 20_000; i++) {
            long any = random.nextLong(-2_000_000_000L * NANOS, 4_000_000_000L * NANOS);
            assertEquals(expected(any, zone), days.epochDay(any));
        }
        var transitions = zone.getRules().getTransitions();
        for (var transition : transitions) {
            long second = transition.toEpochSecond();
            for (long edge : new long[] {second * NANOS - 1, second * NANOS, second * NANOS + 1}) {
                assertEquals(expected(edge, zone), days.epochDay(edge), () -> id + " at transition " + transition);
            }
        }
    }
}
