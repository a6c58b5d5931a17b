package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo run that fails on its arguments or data leaves the files of the earlier run as they were. */
class DemoBadInputTest {

    private static final String[] EARLIER = {"report.html", "backtest.json", "backtest-trades.csv", "live-venue.json",
            "data/live/sma-cross-demo_live.db", "data/parity/sma-cross-demo_disable_state.json",
            "data/logs/parity_disable_alerts.log"};

    @TempDir
    Path out;

    private void writeEarlierRun() throws IOException {
        for (String f : EARLIER) {
            Files.createDirectories(out.resolve(f).getParent());
            Files.writeString(out.resolve(f), "earlier run");
        }
    }

    private void assertFailsKeepingTheEarlierRun(String message, String... options) throws IOException {
        assertFailsKeepingTheEarlierRun(1, message, options);
    }

    private void assertFailsKeepingTheEarlierRun(int code, String message, String... options) throws IOException {
        writeEarlierRun();
        String[] args = new String[options.length + 3];
        args[0] = "demo";
        args[1] = "--out";
        args[2] = out.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun run = CliRun.of(args);
        assertEquals(code, run.code());
        assertTrue(run.errorLine().contains(message), run.err());
        for (String f : EARLIER) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " was deleted");
            assertEquals("earlier run", Files.readString(out.resolve(f)), f);
        }
    }

    @Test
    void aMistypedBarLengthKeepsTheEarlierRun() throws IOException {
        assertFailsKeepingTheEarlierRun(2, "--bar must be a positive duration", "--bar", "5x");
    }

    @Test
    void aBlankSymbolIsABadArgumentAndKeepsTheEarlierRun() throws IOException {
        assertFailsKeepingTheEarlierRun(2, "--symbol must not be blank", "--symbol", " ");
    }

    @Test
    void aMissingDataFileKeepsTheEarlierRun() throws IOException {
        assertFailsKeepingTheEarlierRun("data file not found", "--data", out.resolve("nope.csv").toString());
    }

    @Test
    void dataTooShortForTheDemoKeepsTheEarlierRun() throws IOException {
        Path trades = out.resolve("few.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385337600,800,1\n1385337900,801,1\n");
        assertFailsKeepingTheEarlierRun("the demo needs at least 30", "--data", trades.toString());
    }
}
