package dev.parallax.cli.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliException;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.sim.api.Fill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestFillsTest {

    private static final String FILL = "{\"orderId\":\"sma-1\",\"symbol\":\"BTC/USD\",\"side\":\"BUY\","
            + "\"time\":\"2013-11-25T10:00:00Z\",\"price\":800.0,\"size\":1.0,\"fee\":1.2,\"fillType\":\"TAKER\","
            + "\"slippageBps\":1.5,\"latencyMillis\":12.5,\"partial\":false}";

    @TempDir
    Path dir;

    private Path results(String fills, int executedFills) throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "{\"schema\":\"parallax.backtest/1\",\"execution\":{\"fills\":" + executedFills
                + "},\"fills\":" + fills + "}");
        return file;
    }

    @Test
    void readsTheFillsOfEachOrder() throws IOException {
        List<Fill> executions = BacktestFills.read(results("[" + FILL + "]", 1));
        assertEquals(1, executions.size());
        assertEquals("sma-1", executions.get(0).orderId());
    }

    @Test
    void aRunThatKeptNoFillsIsRefusedInsteadOfComparedAsIfNothingTraded() throws IOException {
        Path file = results("[]", 133);
        CliException e = assertThrows(CliException.class, () -> BacktestFills.read(file));
        assertTrue(e.getMessage().contains(file + " holds no fills") && e.getMessage().contains("133"), e.getMessage());
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"schema\":\"parallax.backtest/1\"}");
        CliException m = assertThrows(CliException.class, () -> BacktestFills.read(missing));
        assertTrue(m.getMessage().contains("'fills'"), m.getMessage());
    }

    @Test
    void aRunWithoutTradesReadsAsNoExecutions() throws IOException {
        assertTrue(BacktestFills.read(results("[]", 0)).isEmpty());
    }

    @Test
    void aDamagedFillIsRefusedNamingTheFileAndTheFill() throws IOException {
        for (String[] bad : new String[][] {{"2013-11-25T10:00:00Z", "yesterday"}, {"\"BUY\"", "\"up\""},
                {"\"size\":1.0", "\"size\":0"}}) {
            Path file = results("[" + FILL + "," + FILL.replace(bad[0], bad[1]) + "]", 2);
            CliException e = assertThrows(CliException.class, () -> BacktestFills.read(file), bad[1]);
            assertTrue(e.getMessage().startsWith(file + ": fills[1] (order sma-1)"), e.getMessage());
        }
    }

    @Test
    void aDamagedEquityTimeOrMonthIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("eq.json");
        Files.writeString(file, "{\"schema\":\"parallax.backtest/1\",\"metrics\":{\"periodsPerYear\":365},\"equity\":{\"times\":[\"x\"],\"values\":[1]}}");
        CliException e = assertThrows(CliException.class, () -> BacktestViews.read("backtest", file));
        assertTrue(e.getMessage().startsWith(file + ": equity.times[0]"), e.getMessage());
        Files.writeString(file, "{\"schema\":\"parallax.backtest/1\",\"metrics\":{\"periodsPerYear\":365},\"monthlyReturns\":[{\"month\":\"May\"}]}");
        CliException m = assertThrows(CliException.class, () -> BacktestViews.read("backtest", file));
        assertTrue(m.getMessage().startsWith(file + ": monthlyReturns[0].month"), m.getMessage());
    }
}
