package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code parallax parity} on damaged state files: a disable state that a lenient reader takes for
 * ACTIVE is DISABLED with exit code 3, and a damaged limits file is an error; neither reads as
 * enabled with exit code 0.
 */
class ParityStrictStateTest {

    private static final String ACTIVE = "{\"format\":1,\"strategy\":\"grid\",\"disabled\":false,\"reason\":\"checked\","
            + "\"changedBy\":\"ana\",\"changedAt\":\"2024-03-01T18:00:00Z\"}";
    private static final String DISABLED = ACTIVE.replace("\"disabled\":false", "\"disabled\":true");

    @TempDir
    Path dir;

    private Path stateFile(String content) throws IOException {
        Path file = dir.resolve("data/parity/grid_disable_state.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aValidActiveStateReadsAsActiveWithExitZero() throws IOException {
        stateFile(ACTIVE);
        CliRun run = CliRun.of("parity", "--strategy", "grid", "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().startsWith("strategy grid: ACTIVE"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "repeated key|{\"format\":1,\"strategy\":\"grid\",\"disabled\":true,\"disabled\":false,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}|Duplicate field 'disabled'",
        "trailing content|ACTIVE_THEN_DISABLED|Trailing token",
        "unknown field|{\"format\":1,\"strategy\":\"grid\",\"disabled\":false,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\",\"override\":\"enabled\"}|unknown field 'override'",
        "malformed|{\"format\":1,\"strategy\":\"grid\",\"disabled\":false|Unexpected end-of-input"
    })
    void aDamagedDisableStateIsDisabledWithExitThreeNamingTheFileAndTheRule(String what, String content, String rule)
            throws IOException {
        Path file = stateFile(content.equals("ACTIVE_THEN_DISABLED") ? ACTIVE + "\n" + DISABLED : content);
        CliRun run = CliRun.of("parity", "--strategy", "grid", "--data-dir", dir.resolve("data").toString());
        assertEquals(3, run.code(), what + ": " + run.out() + run.err());
        assertTrue(run.out().startsWith("strategy grid: DISABLED - its saved state cannot be trusted: corrupt parity "
                + "state file " + file.toAbsolutePath()), run.out());
        assertTrue(run.out().contains(rule), run.out());
        assertFalse(run.out().contains("ACTIVE"), run.out());
    }

    @Test
    void aDamagedLimitsFileIsAnErrorNamingTheFileAndTheRule() throws IOException {
        stateFile(ACTIVE);
        Path limits = dir.resolve("data/parity/grid_parity_limits.json");
        Files.writeString(limits, "{\"format\":1,\"format\":1}");
        Path results = dir.resolve("results.json");
        Files.writeString(results, "{}");
        CliRun run = CliRun.of("parity", "--strategy", "grid", "--data-dir", dir.resolve("data").toString(),
                "--backtest", results.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals("", run.out(), "no status is printed before the error");
        assertTrue(run.errorLine().contains("corrupt parity limits file " + limits.toAbsolutePath()), run.err());
        assertTrue(run.errorLine().contains("Duplicate field 'format'"), run.err());
    }
}
