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
}
