package dev.parallax.cli.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliException;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParityThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParityConfigFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theKeysGivenReplaceTheBaseAndTheOthersStay() throws IOException {
        Path yaml = write("limits.yaml", "maxCumulativeDriftBps: 150\nminTradesForTrackingError: 5\n"
                + "zone: Europe/Zurich\ndriftWindowDays: 3\n");
        ParityLimits limits = ParityConfigFile.apply(yaml, ParityLimits.DEFAULTS);
        ParityThresholds d = ParityThresholds.DEFAULTS;
        assertEquals(new ParityLimits(ZoneId.of("Europe/Zurich"), new ParityThresholds(d.warningTrackingErrorBps(),
                d.criticalTrackingErrorBps(), d.disableTrackingErrorBps(), d.maxSlippageBps(), d.maxFeeImpactBps(),
                d.maxTimingImpactBps(), d.maxLatencyMillis(), 150, 5), 3, 30), limits);
        Path json = write("limits.json", "{\"maxSlippageBps\": 12.5, \"zone\": \"UTC\"}");
        ParityLimits fromJson = ParityConfigFile.apply(json, ParityLimits.DEFAULTS);
        assertEquals(12.5, fromJson.thresholds().maxSlippageBps());
        assertEquals(ParityLimits.DEFAULTS.zone(), fromJson.zone(), "UTC is the fixed offset Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.yaml|maxSlippageBps: 10\\nmaxSlipageBps: 12|unknown field 'maxSlipageBps'",
        "a.yaml|maxSlippageBps: 10\\nmaxSlippageBps: 12|Duplicate field 'maxSlippageBps'",
        "a.json|{\"maxSlippageBps\": 10, \"maxSlippageBps\": 12}|Duplicate field 'maxSlippageBps'",
        "a.json|{\"maxSlippageBps\": 10} {\"maxSlippageBps\": 99}|Trailing token",
        "a.json|{\"minTradesForTrackingError\": 2.5}|field 'minTradesForTrackingError' must be a whole number",
        "a.json|{\"maxSlippageBps\": \"ten\"}|field 'maxSlippageBps' must be a number, was \"ten\"",
        "a.json|{\"maxSlippageBps\": -3}|maxSlippageBps must be a finite number > 0, was -3.0",
        "a.json|{\"warningTrackingErrorBps\": 60}|criticalTrackingErrorBps must be >= warningTrackingErrorBps",
        "a.json|[1, 2]|must hold one object of limits, found ARRAY",
        "a.yaml|# nothing but a comment|is empty",
        "a.txt|maxSlippageBps: 10|must end in .json, .yaml or .yml"
    })
    void aBrokenConfigIsAnErrorNamingTheFileAndTheRule(String name, String text, String rule) throws IOException {
        Path file = write(name, text.replace("\\n", "\n"));
        CliException e = assertThrows(CliException.class, () -> ParityConfigFile.apply(file, ParityLimits.DEFAULTS));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent.yaml");
        assertEquals("parity config file not found: " + file,
                assertThrows(CliException.class, () -> ParityConfigFile.apply(file, ParityLimits.DEFAULTS)).getMessage());
    }
}
