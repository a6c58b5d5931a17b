package dev.parallax.cli.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.cli.CliException;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.research.SettingValues;
import dev.parallax.research.SweepSpace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepSectionTest {

    @Test
    void listsKeepTheirOrderAndNumbersLoseTrailingZeros() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("slow", List.of(40, 20.0, 30.5));
        settings.put("long_short", List.of(true, false));
        settings.put("fast", Map.of("from", 2, "to", 3, "step", 0.5));
        SweepSpace space = SweepSection.space(new BacktestFile.SweepFile(null, null, settings,
                Map.of("fee.taker_bps", List.of("5", 10))));
        assertEquals(List.of(new SettingValues("slow", List.of("40", "20", "30.5")),
                new SettingValues("long_short", List.of("true", "false")),
                new SettingValues("fast", List.of("2", "2.5", "3"))), space.strategySettings());
        assertEquals(List.of(new SettingValues("fee.taker_bps", List.of("5", "10"))), space.modelSettings());
    }

    @Test
    void aValueThatIsNeitherListNorRangeAndAnUnknownRangeKeyAreRefused() {
        assertEquals("config sweep.settings.fast must be a list of values or a range {from, to, step}, was 5",
                assertThrows(CliException.class, () -> SweepSection.space(new BacktestFile.SweepFile(null, null,
                        Map.of("fast", 5), null))).getMessage());
        assertEquals("config sweep.settings.fast has unknown key 'by'; a range has from, to and step",
                assertThrows(CliException.class, () -> SweepSection.space(new BacktestFile.SweepFile(null, null,
                        Map.of("fast", Map.of("from", 1, "by", 2)), null))).getMessage());
        assertEquals("config sweep.mode must be grid or random, was 'all'", assertThrows(CliException.class,
                () -> SweepSection.mode(new BacktestFile.SweepFile("all", null, Map.of(), null))).getMessage());
        assertEquals("config sweep.mode random needs sweep.samples, the number of points to draw",
                assertThrows(CliException.class, () -> SweepSection.mode(new BacktestFile.SweepFile("random", null,
                        Map.of(), null))).getMessage());
    }
}
