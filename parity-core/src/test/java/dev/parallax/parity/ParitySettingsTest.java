package dev.parallax.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParitySettingsTest {

    @Test
    void windowsHoldOneDayToAboutTenYears() {
        ParitySettings longest = ParitySettings.builder().windows(3_660, 3_660).build();
        assertEquals(3_660, longest.driftWindowDays());
        assertEquals(1, ParitySettings.builder().windows(1, 1).build().returnWindowDays());
        assertEquals("driftWindowDays must be between 1 and 3660 days (about ten years), was 0",
                assertThrows(IllegalArgumentException.class, () -> ParitySettings.builder().windows(0, 30).build())
                        .getMessage());
        assertEquals("returnWindowDays must be between 1 and 3660 days (about ten years), was 2147483647",
                assertThrows(IllegalArgumentException.class,
                        () -> ParitySettings.builder().windows(7, Integer.MAX_VALUE).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParitySettings.builder().windows(3_661, 30).build());
    }

    @Test
    void theLimitsAreTheZoneThresholdsAndWindowsAndCanBeSwappedWhole() {
        ParityThresholds strict = new ParityThresholds(1, 2, 3, 4, 5, 6, 7, 8, 9);
        ParityLimits limits = new ParityLimits(java.time.ZoneId.of("Asia/Tokyo"), strict, 3, 4);
        ParitySettings settings = ParitySettings.builder().limits(limits).build();
        assertEquals(limits, settings.limits());
        assertEquals(java.time.ZoneId.of("Asia/Tokyo"), settings.zone());
        assertEquals(strict, settings.thresholds());
        assertEquals(3, settings.driftWindowDays());
        assertEquals(4, settings.returnWindowDays());
        assertEquals(ParitySettings.DEFAULTS.dataFolder(), settings.dataFolder());
        assertEquals(ParityLimits.DEFAULTS, ParitySettings.DEFAULTS.limits());
        assertEquals("driftWindowDays must be between 1 and 3660 days (about ten years), was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new ParityLimits(java.time.ZoneOffset.UTC, strict, 0, 4)).getMessage());
    }
}
