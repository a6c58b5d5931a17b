package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParallaxCommandTest {

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String[] cmd : new String[][] {{}, {"demo"}, {"backtest"}, {"simulate"}, {"live"}, {"report"},
                {"compare"}, {"parity"}, {"parity", "reset"}, {"bench"}, {"bench", "sma-cross"}, {"feed-replay"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            CliRun run = CliRun.of(args);
            assertEquals(0, run.code(), String.join(" ", args));
            assertTrue(run.out().contains("Usage: parallax"), run.out());
            assertTrue(run.out().contains("Examples:"), String.join(" ", args) + ": " + run.out());
            // a bare '%' in a description makes picocli print its raw text ('%%') and a warning
            assertTrue(!run.out().contains("%%"), String.join(" ", args) + ": " + run.out());
        }
    }

    @Test
    void withoutASubcommandItPrintsUsageAndFailsWithTheUsageCode() {
        CliRun run = CliRun.of();
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("Commands:"), run.err());
    }

    @Test
    void anUnknownOptionIsOneLineNamingItWithExitCodeTwo() {
        CliRun run = CliRun.of("backtest", "--bogus");
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("parallax backtest: Unknown option: '--bogus' (see 'parallax backtest --help')", run.err().trim());
    }

    @Test
    void anUnknownCommandFailsWithTheUsageCode() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.errorLine().contains("frobnicate"), run.err());
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheErrorLine() {
        // a failure, not a bad argument: the data file is missing
        CliRun quiet = CliRun.of("backtest", "--data", "no-such-file.csv");
        CliRun verbose = CliRun.of("backtest", "--data", "no-such-file.csv", "--verbose");
        assertEquals(1, quiet.code());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        assertEquals(1, verbose.code());
        assertTrue(verbose.err().contains("\tat dev.parallax"), verbose.err());
    }

    @Test
    void versionNamesTheCommand() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("parallax "), run.out());
    }
}
