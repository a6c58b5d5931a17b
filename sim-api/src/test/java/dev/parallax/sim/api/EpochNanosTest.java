package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpochNanosTest {

    @Test
    void theEdgesOfALongConvertBothWays() {
        Instant earliest = Instant.parse("1677-09-21T00:12:43.145224192Z");
        Instant latest = Instant.parse("2262-04-11T23:47:16.854775807Z");
        assertEquals(Long.MIN_VALUE, EpochNanos.of(earliest));
        assertEquals(Long.MAX_VALUE, EpochNanos.of(latest));
        assertEquals(earliest, EpochNanos.instant(Long.MIN_VALUE));
        assertEquals(latest, EpochNanos.instant(Long.MAX_VALUE));
    }

    @Test
    void timesAroundTheEpochKeepTheirNanoseconds() {
        // 1 second and 5 ns before the epoch: -1,000,000,005 ns
        Instant before = Instant.ofEpochSecond(-2, 999_999_995);
        assertEquals(-1_000_000_005L, EpochNanos.of(before));
        assertEquals(before, EpochNanos.instant(-1_000_000_005L));
        assertEquals(1_700_000_000_123_456_789L, EpochNanos.of(Instant.ofEpochSecond(1_700_000_000L, 123_456_789)));
    }

    @Test
    void instantsBeyondALongAreRefused() {
        assertThrows(ArithmeticException.class, () -> EpochNanos.of(Instant.parse("1677-09-21T00:12:43.145224191Z")));
        assertThrows(ArithmeticException.class, () -> EpochNanos.of(Instant.parse("2262-04-11T23:47:16.854775808Z")));
    }
}
