package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchCommandsTest {

    @TempDir
    Path dir;

    private Path config;

    /** 200 days of hourly synthetic bars (timed by their close) and a config sweeping fast x slow over them. */
    @BeforeEach
    void writeDataAndConfig() throws IOException {
        BarSeries bars = SyntheticBars.generate("SYN", 24 * 200, 5, 3_600_000_000_000L);
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < bars.size(); i++) {
            s.append(Instant.ofEpochSecond(0, bars.time(i))).append(String.format(Locale.ROOT, ",%s,%s,%s,%s,%s%n",
                    bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i)));
        }
        Files.writeString(dir.resolve("bars.csv"), s);
        config = write("sweep.yaml", """
                strategy: sma-cross
                settings: {units: 10}
                data: {file: bars.csv, format: ohlcv, symbol: SYN, bar: 1h, bar_time: close}
                execution_models: ideal
                periods_per_year: 365
                sweep:
                  settings:
                    fast: [3, 5, 8]
                    slow: {from: 20, to: 40, step: 10}
                """);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void sweepWritesOneRowPerRunAndTheSelectionFigures() throws IOException {
        Path out = dir.resolve("one");
        CliRun run = CliRun.of("sweep", "--config", config.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("9 runs on 1 threads") && run.out().contains("9 on the columnar fast path"),
                run.out());
        assertTrue(run.out().contains("deflated Sharpe ratio") && run.out().contains("(9 trials"), run.out());
        assertTrue(run.out().contains("probability of backtest overfitting") && run.out().contains("CSCV, 16 blocks"),
                run.out());
        String csv = Files.readString(out.resolve("sweep.csv"));
        assertEquals(10, csv.lines().count());
        assertTrue(csv.startsWith("index,seed,fast,slow,columnar,"), csv);
        assertTrue(Files.size(out.resolve("sweep.parquet")) > 0);
        assertTrue(Files.readString(out.resolve("sweep.html")).contains("<svg"));
        Path two = dir.resolve("two");
        assertEquals(0, CliRun.of("sweep", "--config", config.toString(), "--out", two.toString(), "--threads", "2")
                .code());
        assertEquals(csv, Files.readString(two.resolve("sweep.csv")), "1 and 2 threads write the same rows");
    }

    @Test
    void sweepWritesThePlanItsRowsShareInResultsJsonsForm() throws Exception {
        Path out = dir.resolve("plan");
        CliRun run = CliRun.of("sweep", "--config", config.toString(), "--out", out.toString(), "--threads", "1",
                "--seed", "7", "--rank-by", "sortino", "--blocks", "8");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(out.resolve("sweep-plan.json").toString()), run.out());
        JsonNode root = new ObjectMapper().readTree(out.resolve("sweep-plan.json").toFile());
        assertEquals("parallax.sweep-plan/1", root.get("schema").asText());
        assertEquals(9, root.get("points").asInt());
        assertEquals("sortino", root.get("rankBy").asText());
        assertEquals(8, root.get("blocks").asInt());
        JsonNode plan = root.get("plan");
        assertEquals("sma-cross", plan.get("strategy").asText());
        assertEquals(7, plan.get("seed").asLong());
        byte[] bytes = Files.readAllBytes(dir.resolve("bars.csv"));
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(bytes)), plan.get("data").get("sha256").asText());
        assertEquals(bytes.length, plan.get("data").get("bytes").asLong());
        assertEquals(24 * 200, plan.get("data").get("rowsRead").asLong());
        assertEquals(dir.resolve("bars.csv").toAbsolutePath().normalize().toString(),
                plan.get("data").get("file").asText());
        // the same strict reader as --rerun of a results file takes it
        assertEquals("sma-cross", dev.parallax.cli.backtest.PlanJson.read(plan, "sweep-plan.json").plan().strategy());
    }

    @Test
    void badSweepSectionsAreRefusedBeforeAnythingRuns() throws IOException {
        String head = Files.readString(config).split("sweep:")[0];
        assertEquals("parallax sweep: config sweep.settings.fast: sweep setting 'fast' has no values; give a list of "
                + "at least one value or a range", sweep(head + "sweep: {settings: {fast: []}}").errorLine());
        assertEquals("parallax sweep: config sweep.settings.slow: sweep setting 'slow' range is reversed: from 40 is "
                + "after to 20", sweep(head + "sweep: {settings: {slow: {from: 40, to: 20, step: 5}}}").errorLine());
        CliRun unknown = sweep(head + "sweep: {settings: {speed: [1, 2]}}");
        assertEquals(1, unknown.code());
        assertTrue(unknown.errorLine().startsWith("parallax sweep: point 0 {speed=1}: ")
                && unknown.errorLine().contains("speed"), unknown.errorLine());
        CliRun huge = sweep(head + "sweep: {settings: {fast: {from: 1, to: 100000, step: 1}, "
                + "slow: {from: 1, to: 100000, step: 1}}}");
        assertEquals(1, huge.code());
        assertTrue(huge.errorLine().contains("10,000,000,000 combinations, more than the 10000 allowed")
                && huge.errorLine().contains("--max-runs"), huge.errorLine());
        assertEquals(1, sweep(head).code(), "no sweep section");
    }

    private CliRun sweep(String text) throws IOException {
        return CliRun.of("sweep", "--config", write("bad.yaml", text).toString(), "--out", dir.resolve("x").toString());
    }

    @Test
    void badFlagsAreUsageErrors() {
        CliRun rank = CliRun.of("sweep", "--config", config.toString(), "--rank-by", "luck");
        assertEquals(2, rank.code());
        assertTrue(rank.errorLine().contains("unknown metric 'luck'"), rank.errorLine());
        CliRun surface = CliRun.of("sweep", "--config", config.toString(), "--surface", "fast,units");
        assertEquals(2, surface.code());
        assertTrue(surface.errorLine().contains("surface setting 'units' is not varied"), surface.errorLine());
        assertEquals(2, CliRun.of("sweep").code(), "no --config");
        assertEquals(2, CliRun.of("sweep", "--config", config.toString(), "--threads", "0").code());
    }

    @Test
    void aDataUriIsAUsageErrorNamingItAndParallaxSparkAndNoLocalPathIsTried() throws IOException {
        String uri = "hdfs://namenode:8020/data/btc.csv";
        String message = "data " + uri + " is a URI, and parallax reads data from local files only: give a local path, "
                + "or run sweep or walk-forward with parallax-spark, which reads URIs through Hadoop (file:, hdfs://, "
                + "s3a://)";
        CliRun flag = CliRun.of("sweep", "--config", config.toString(), "--data", uri, "--out", dir.resolve("f").toString());
        assertEquals(2, flag.code());
        assertEquals("parallax sweep: " + message + " (see 'parallax sweep --help')", flag.errorLine());
        Path inConfig = write("uri.yaml", Files.readString(config).replace("file: bars.csv", "file: '" + uri + "'"));
        CliRun file = CliRun.of("walk-forward", "--config", inConfig.toString(), "--in-sample", "60d",
                "--out-of-sample", "30d", "--out", dir.resolve("w").toString());
        assertEquals(2, file.code());
        assertEquals("parallax walk-forward: " + message + " (see 'parallax walk-forward --help')", file.errorLine());
        assertEquals(2, CliRun.of("backtest", "--data", "file:" + dir.resolve("bars.csv"), "--format", "ohlcv").code());
        assertTrue(!Files.exists(dir.resolve("f")) && !Files.exists(dir.resolve("w")), "nothing written");
        assertTrue(!Files.exists(Path.of("hdfs:")) && !Files.exists(dir.resolve("hdfs:")), "no local hdfs: folder");
    }

    @Test
    void walkForwardChoosesPerWindowAndStatesTheEfficiency() throws IOException {
        Path out = dir.resolve("wf");
        CliRun run = CliRun.of("walk-forward", "--config", config.toString(), "--in-sample", "60d", "--out-of-sample",
                "30d", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("window 0: in sample") && run.out().contains("walk-forward efficiency"),
                run.out());
        assertTrue(run.out().contains("over 5 windows of 9 points each"), run.out());
        assertEquals(6, Files.readString(out.resolve("walk-forward.csv")).lines().count());
        assertTrue(Files.readString(out.resolve("oos-equity.csv")).startsWith("day_end,return,equity\n"));
    }

    @Test
    void monteCarloIsTheSameForTheSameSeed() throws IOException {
        String[] args = {"monte-carlo", "--config", config.toString(), "--set", "fast=5", "--set", "slow=20",
            "--paths", "500", "--seeds", "3", "--execution-models", "realistic", "--to", "2000-03-01"};
        CliRun a = CliRun.of(args);
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("with-replacement: final return") && a.out().contains("without-replacement")
                && a.out().contains("block (5 trades a block)") && a.out().contains("risk of ruin at -0.5000"), a.out());
        assertTrue(a.out().contains("execution seeds, 3 reruns"), a.out());
        assertEquals(a.out(), CliRun.of(args).out());
    }

    @Test
    void aSweepRowHasTheFiguresOfTheBacktestOfItsSettings() throws IOException {
        Path bt = dir.resolve("bt");
        CliRun backtest = CliRun.of("backtest", "--config", config.toString(), "--set", "fast=5", "--set", "slow=20",
                "--execution-models", "realistic", "--to", "2000-02-15", "--out", bt.toString());
        assertEquals(0, backtest.code(), backtest.err());
        Path sw = dir.resolve("sw");
        CliRun sweep = CliRun.of("sweep", "--config", config.toString(), "--execution-models", "realistic", "--to",
                "2000-02-15", "--out", sw.toString(), "--blocks", "2");
        assertEquals(0, sweep.code(), sweep.err());
        assertTrue(sweep.out().contains("0 on the columnar fast path"), sweep.out());
        JsonNode summary = new ObjectMapper().readTree(bt.resolve("results.json").toFile()).get("summary");
        List<String> lines = Files.readAllLines(sw.resolve("sweep.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        String[] row = lines.stream().map(l -> l.split(",")).filter(r -> r[2].equals("5") && r[3].equals("20"))
                .findFirst().orElseThrow();
        assertEquals(summary.get("finalEquity").asDouble(), Double.parseDouble(row[header.indexOf("final_equity")]));
        assertEquals(summary.get("totalReturn").asDouble(), Double.parseDouble(row[header.indexOf("total_return")]),
                1e-12);
    }
}
