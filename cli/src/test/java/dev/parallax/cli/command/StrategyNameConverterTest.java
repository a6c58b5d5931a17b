package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

class StrategyNameConverterTest {

    @TempDir
    Path dir;

    @Test
    void aNameThatCouldLeaveTheDataFolderIsABadArgumentOfEveryCommandThatTakesOne() throws Exception {
        Path results = dir.resolve("results.json");
        Files.writeString(results, "{}");
        String data = dir.resolve("data").toString();
        String[][] commands = {
            {"parity", "--strategy", "../x", "--data-dir", data},
            {"parity", "reset", "--strategy", "../x", "--data-dir", data, "--operator", "ana", "--reason", "r"},
            {"compare", "--backtest", results.toString(), "--strategy", "../x", "--data-dir", data},
            {"report", "--strategy", "../x", "--data-dir", data},
            {"live", "--strategy", " ", "--data-dir", data},
        };
        for (String[] args : commands) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.errorLine().contains("--strategy"), run.err());
            assertTrue(run.errorLine().contains("must use only letters"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("data")), "nothing is created for a refused name");
    }

    @Test
    void aGoodNameIsKeptAsWritten() {
        assertEquals("btc-momentum_2", new StrategyNameConverter().convert("btc-momentum_2"));
        assertThrows(TypeConversionException.class, () -> new StrategyNameConverter().convert("a/b"));
    }
}
