package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import org.junit.jupiter.api.Test;

class ModelLookupMessagesTest {

    @Test
    void aValueOutOfRangeIsReportedWithTheModelAndTheSettingsTheUserWrote() {
        var e = assertThrows(IllegalArgumentException.class, () -> ModelLookup.fromClasspath()
                .fill("liquidity-limited", ModelSettings.of("max_volume_share", "1e9")));
        assertEquals("fill model 'liquidity-limited' rejected settings {max_volume_share=1e9}: "
                + "maxVolumeShare must be between 4.9E-324 and 1.0, was 1.0E9", e.getMessage());
    }
}
