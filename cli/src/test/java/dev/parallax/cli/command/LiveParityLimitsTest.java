package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.LimitsStore;
import dev.parallax.parity.state.SavedLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax live} saves the parity limits of the strategy, changed by its limit flags. */
class LiveParityLimitsTest {

    @TempDir
    Path dir;

    private SavedLimits saved() {
        return new LimitsStore(dir.resolve("data/parity")).load(StrategyName.of("btc")).orElseThrow();
    }

    private CliRun live(String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"live", "--data-dir", dir.resolve("data").toString(), "--strategy", "btc",
            "--balance"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void theFirstRunSavesTheDefaultsAndARunWithoutFlagsKeepsWhatIsSaved() {
        CliRun first = live("10000");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("parity limits of btc saved in "), first.out());
        SavedLimits defaults = saved();
        assertEquals(ParityLimits.DEFAULTS, defaults.limits());
        CliRun flags = live("10000", "--max-drift-bps", "120", "--zone", "America/New_York", "--max-latency-ms", "250");
        assertEquals(0, flags.code(), flags.err());
        assertTrue(flags.out().contains("overridden by --max-latency-ms, --max-drift-bps, --zone"), flags.out());
        SavedLimits changed = saved();
        assertEquals(120, changed.limits().thresholds().maxCumulativeDriftBps());
        assertEquals(250, changed.limits().thresholds().maxLatencyMillis());
        assertEquals(ZoneId.of("America/New_York"), changed.limits().zone());
        CliRun again = live("10000");
        assertEquals(0, again.code(), again.err());
        assertFalse(again.out().contains("parity limits"), again.out());
        assertEquals(changed, saved(), "a run without limit flags keeps the saved limits and their time");
    }

    @Test
    void aParityConfigFileSetsTheLimitsAndABadOneRecordsNothing() throws IOException {
        Path config = dir.resolve("parity.json");
        Files.writeString(config, "{\"maxSlippageBps\": 45, \"returnWindowDays\": 60}");
        assertEquals(0, live("10000", "--parity-config", config.toString()).code());
        assertEquals(45, saved().limits().thresholds().maxSlippageBps());
        assertEquals(60, saved().limits().returnWindowDays());
        Files.writeString(config, "{\"maxSlippageBps\": 45, \"maxSlippageBps\": 5}");
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, "{\"type\":\"mark\",\"symbol\":\"BTC/USD\",\"price\":40000,"
                + "\"time\":\"2024-01-03T11:00:00Z\"}\n");
        CliRun bad = live("10000", "--parity-config", config.toString(), "--input", fills.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.errorLine().contains("Duplicate field 'maxSlippageBps'"), bad.err());
        CliRun status = live("10000");
        assertFalse(status.out().contains("recorded"), status.out());
        assertEquals(45, saved().limits().thresholds().maxSlippageBps());
    }
}
