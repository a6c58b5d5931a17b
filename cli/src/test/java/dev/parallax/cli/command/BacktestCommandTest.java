package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {

    @TempDir
    Path dir;

    private Path ohlcv(String... rows) throws IOException {
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        double price = 100;
        for (int i = 0; i < 60; i++) {
            price += Math.sin(i / 3.0) * 2;
            // one bar a day from 2024-01-01; numbers in Locale.ROOT whatever the machine's locale
            s.append(java.time.LocalDate.of(2024, 1, 1).plusDays(i)).append(String.format(java.util.Locale.ROOT,
                    "T00:00:00Z,%.2f,%.2f,%.2f,%.2f,1000%n", price, price + 1, price - 1, price));
        }
        for (String r : rows) {
            s.append(r).append('\n');
        }
        Path f = dir.resolve("bars.csv");
        Files.writeString(f, s);
        return f;
    }

    @Test
    void backtestsTheBundledDataAndWritesResultsTradesAndReport() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("backtest", "--out", out.toString(), "--from", "2013-11-26", "--to", "2013-11-27",
                "--set", "fast=10", "--set", "slow=30");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("malformed rows skipped (lenient), first at line 1375"), run.out());
        assertTrue(run.out().contains("Sharpe"), run.out());
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"schema\" : \"parallax.backtest/1\""));
        assertTrue(Files.readString(out.resolve("trades.csv")).startsWith("symbol,direction"));
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(6, html.split("<div class=\"chart\"", -1).length - 1);
        assertTrue(html.contains("against buy and hold BTC/USD"), "the benchmark is the traded instrument");
        String json = Files.readString(out.resolve("results.json"));
        assertTrue(json.contains("2013-11-26T") && !json.contains("\"2013-11-25T"), "the window is respected");
    }

    @Test
    void readsAnOhlcvFileWithModelsFromFlags() throws IOException {
        Path out = dir.resolve("o");
        CliRun run = CliRun.of("backtest", "--data", ohlcv().toString(), "--format", "ohlcv", "--symbol", "XYZ",
                "--fee", "maker-taker:taker_bps=1,market_bps=1", "--latency", "constant", "--out", out.toString(),
                "--balance", "5000", "--execution", "signal-bar-close");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("initial cash                 5,000.00"), run.out());
    }

    @Test
    void readsYamlAndJsonConfigsWithTheDataPathRelativeToTheConfig() throws IOException {
        ohlcv();
        Path yaml = dir.resolve("bt.yaml");
        Files.writeString(yaml, """
                strategy: sma-cross
                settings: {fast: 3, slow: 8, units: 2}
                data: {file: bars.csv, format: ohlcv, symbol: XYZ}
                balance: 20000
                models:
                  fee: {name: zero}
                  latency: {name: constant}
                """);
        CliRun run = CliRun.of("backtest", "--config", yaml.toString(), "--out", dir.resolve("y").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("fees                         0.00"), run.out());
        Path json = dir.resolve("bt.json");
        Files.writeString(json, "{\"settings\": {\"fast\": \"3\", \"slow\": \"8\"}, \"data\": {\"file\": \"bars.csv\","
                + " \"format\": \"ohlcv\"}, \"seed\": 7}");
        assertEquals(0, CliRun.of("backtest", "--config", json.toString(), "--out", dir.resolve("j").toString()).code());
    }

    @Test
    void aConfigWithAnUnknownFieldNamesItAndItsLine() throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, "strategy: sma-cross\nbalanse: 100\n");
        CliRun run = CliRun.of("backtest", "--config", yaml.toString());
        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("unknown field 'balanse'"), run.err());
    }

    @Test
    void badConfigFilesAreOneClearLine() throws IOException {
        assertTrue(CliRun.of("backtest", "--config", dir.resolve("missing.yaml").toString()).errorLine()
                .contains("config file not found"));
        Path txt = dir.resolve("c.txt");
        Files.writeString(txt, "x");
        assertTrue(CliRun.of("backtest", "--config", txt.toString()).errorLine().contains("must end in .json, .yaml or .yml"));
        Path broken = dir.resolve("c.json");
        Files.writeString(broken, "{\"strategy\": ");
        CliRun run = CliRun.of("backtest", "--config", broken.toString());
        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("is not valid"), run.err());
        Path kinds = dir.resolve("k.yaml");
        Files.writeString(kinds, "models:\n  fees: {name: zero}\n");
        assertTrue(CliRun.of("backtest", "--config", kinds.toString()).errorLine().contains("unknown kind 'fees'"));
    }

    @Test
    void aMalformedRowStopsAStrictReadNamingFileAndLine() throws IOException {
        Path f = ohlcv("2024-03-01T00:00:00Z,abc,1,1,1,1");
        CliRun run = CliRun.of("backtest", "--data", f.toString(), "--format", "ohlcv", "--out", dir.resolve("x").toString());
        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("line 62"), run.err());
        CliRun lenient = CliRun.of("backtest", "--data", f.toString(), "--format", "ohlcv", "--lenient", "--out",
                dir.resolve("x").toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("1 malformed rows skipped"), lenient.out());
    }

    @Test
    void badValuesAreRejectedNamingThem() {
        assertEquals("parallax backtest: --strategy: no StrategyProvider named 'nope'; known names: [sma-cross]"
                + " (see 'parallax backtest --help')", CliRun.of("backtest", "--strategy", "nope").errorLine());
        assertTrue(CliRun.of("backtest", "--fee", "nope").errorLine().contains("known names: [binance-spot, bitstamp"));
        assertTrue(CliRun.of("backtest", "--from", "yesterday").errorLine().contains("--from must be a date"));
        assertTrue(CliRun.of("backtest", "--bar", "5x").errorLine().contains("bar must be a positive duration"));
        assertTrue(CliRun.of("backtest", "--set", "fast").errorLine().contains("--set settings must be key=value"));
        assertTrue(CliRun.of("backtest", "--data", dir.resolve("none.csv").toString()).errorLine()
                .contains("data file not found"));
        assertTrue(CliRun.of("backtest", "--format", "ohlcv").errorLine().contains("needs --data FILE"));
        assertTrue(CliRun.of("backtest", "--from", "2020-01-01", "--to", "2020-01-02").errorLine()
                .contains("no market data"));
        assertEquals(2, CliRun.of("backtest", "--balance", "lots").code());
    }

    @Test
    void listShowsStrategiesAndModelsFromEveryModule() {
        CliRun run = CliRun.of("backtest", "--list");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("sma-cross") && run.out().contains("bitstamp") && run.out().contains("lognormal"));
    }
}
