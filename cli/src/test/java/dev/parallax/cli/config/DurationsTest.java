package dev.parallax.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsEachUnit() {
        assertEquals(Duration.ofMillis(500), Durations.parse("--bar", "500ms"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("--bar", " 5M "));
        assertEquals(Duration.ofDays(106_751), Durations.parse("--bar", "106751d"));
    }

    @Test
    void aDurationLongerThanNanosecondsHoldIsRefusedNamingTheOption() {
        for (String text : new String[] {"106752d", "9999999999d", "9223372036854775807d", "9223372036854775807h"}) {
            CliException e = assertThrows(CliException.class, () -> Durations.parse("--bar", text), text);
            assertTrue(e.getMessage().startsWith("--bar must be at most 106751d (292 years), was '" + text + "'"),
                    e.getMessage());
        }
    }

    @Test
    void formatWritesTheLargestWholeUnitAndParseReadsItBack() {
        assertEquals("1d", Durations.format(java.time.Duration.ofDays(1)));
        assertEquals("36h", Durations.format(java.time.Duration.ofHours(36)));
        assertEquals("5m", Durations.format(java.time.Duration.ofMinutes(5)));
        assertEquals("90s", Durations.format(java.time.Duration.ofSeconds(90)));
        assertEquals("1500ms", Durations.format(java.time.Duration.ofMillis(1500)));
        assertEquals("PT0.0000005S", Durations.format(java.time.Duration.ofNanos(500)));
        for (String t : new String[] {"1d", "36h", "5m", "90s", "1500ms"}) {
            assertEquals(t, Durations.format(Durations.parse("--bar", t)));
        }
    }
}
