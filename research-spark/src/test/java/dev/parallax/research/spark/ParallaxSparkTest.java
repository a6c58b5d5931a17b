package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.cli.Parallax;
import dev.parallax.cli.command.SweepCommand;
import dev.parallax.cli.command.SweepRunnerChoice;
import dev.parallax.cli.data.RemoteFiles;
import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.SweepRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallaxSparkTest {

    @TempDir
    static Path dir;

    private static Path config;

    /** One command's exit code and output. */
    private record Run(int code, String out, String err) {
    }

    /** 90 days of hourly synthetic bars and a config sweeping fast x slow over them (realistic, seeded models). */
    @BeforeAll
    static void writeDataAndConfig() throws IOException {
        BarSeries bars = SyntheticBars.generate("SYN", 24 * 90, 5, 3_600_000_000_000L);
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < bars.size(); i++) {
            s.append(Instant.ofEpochSecond(0, bars.time(i))).append(String.format(Locale.ROOT, ",%s,%s,%s,%s,%s%n",
                    bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i)));
        }
        Files.writeString(dir.resolve("bars.csv"), s);
        config = Files.writeString(dir.resolve("sweep.yaml"), """
                strategy: sma-cross
                settings: {units: 10}
                data: {file: bars.csv, format: ohlcv, symbol: SYN, bar: 1h, bar_time: close}
                execution_models: realistic
                periods_per_year: 365
                seed: 7
                sweep:
                  settings:
                    fast: [3, 5]
                    slow: {from: 20, to: 30, step: 10}
                """);
    }

    private static Run spark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxSpark.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run local(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parallax.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sweepOnSparkWritesTheRowsParallaxSweepWritesAndTheSameAgainOnARerun() throws IOException {
        Path here = dir.resolve("local");
        Path there = dir.resolve("spark");
        Path again = dir.resolve("again");
        Run local = local("sweep", "--config", config.toString(), "--out", here.toString(), "--threads", "2");
        Run spark = spark("sweep", "--config", config.toString(), "--out", there.toString(), "--spark", "local[2]");
        Run rerun = spark("sweep", "--config", config.toString(), "--out", again.toString(), "--spark", "local[2]");
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(spark.out().startsWith("4 runs on Spark local[2] (8 slices) in "), spark.out());
        String csv = Files.readString(here.resolve("sweep.csv"));
        assertEquals(5, csv.lines().count(), csv);
        assertEquals(csv, Files.readString(there.resolve("sweep.csv")));
        assertEquals(csv, Files.readString(again.resolve("sweep.csv")));
        assertEquals(winnerLines(local.out()), winnerLines(spark.out()));
    }

    @Test
    void walkForwardOnSparkChoosesAndReturnsWhatParallaxWalkForwardDoes() throws IOException {
        Path here = dir.resolve("wf-local");
        Path there = dir.resolve("wf-spark");
        String[] common = {"--config", config.toString(), "--in-sample", "30d", "--out-of-sample", "15d"};
        Run local = local(concat(new String[] {"walk-forward", "--out", here.toString()}, common));
        Run spark = spark(concat(new String[] {"walk-forward", "--out", there.toString(), "--spark", "local[2]"},
                common));
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        assertEquals(local.out().replace(here.toString(), "OUT"), spark.out().replace(there.toString(), "OUT"));
        assertEquals(Files.readString(here.resolve("walk-forward.csv")),
                Files.readString(there.resolve("walk-forward.csv")));
        assertEquals(Files.readString(here.resolve("oos-equity.csv")), Files.readString(there.resolve("oos-equity.csv")));
    }

    @Test
    void aSweepOverAFileUriWithAnEncodedSpaceWritesTheRowsOfThePlainPathAndTheDigestOfTheBytes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("with space"));
        Path copy = Files.copy(dir.resolve("bars.csv"), folder.resolve("bars.csv"));
        String uri = copy.toUri().toString();
        Path here = dir.resolve("plain");
        Path there = dir.resolve("uri");
        Run local = local("sweep", "--config", config.toString(), "--out", here.toString());
        Run spark = spark("sweep", "--config", config.toString(), "--data", uri, "--out", there.toString(),
                "--spark", "local[2]");
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        String sha = sha256(copy);
        assertTrue(spark.out().startsWith("data " + uri + ", SHA-256 " + sha + System.lineSeparator()
                + "4 runs on Spark local[2]"), spark.out());
        assertEquals(Files.readString(here.resolve("sweep.csv")), Files.readString(there.resolve("sweep.csv")));
        assertEquals(winnerLines(local.out()), winnerLines(spark.out()));
    }

    @Test
    void aWalkForwardOverTheConfigsFileUriChoosesAndReturnsWhatThePlainPathDoes() throws IOException {
        String uri = "file:" + dir.resolve("bars.csv").toAbsolutePath();
        Path uriConfig = Files.writeString(dir.resolve("uri.yaml"),
                Files.readString(config).replace("file: bars.csv", "file: '" + uri + "'"));
        Path here = dir.resolve("wf-plain");
        Path there = dir.resolve("wf-uri");
        Run local = local("walk-forward", "--config", config.toString(), "--in-sample", "30d", "--out-of-sample",
                "15d", "--out", here.toString());
        Run spark = spark("walk-forward", "--config", uriConfig.toString(), "--in-sample", "30d", "--out-of-sample",
                "15d", "--out", there.toString(), "--spark", "local[2]");
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        String dataLine = spark.out().lines().findFirst().orElseThrow();
        assertTrue(dataLine.startsWith("data " + uri + ", SHA-256 "), dataLine);
        assertEquals(local.out().replace(here.toString(), "OUT"),
                spark.out().substring(dataLine.length() + System.lineSeparator().length()).replace(there.toString(), "OUT"));
        assertEquals(Files.readString(here.resolve("walk-forward.csv")),
                Files.readString(there.resolve("walk-forward.csv")));
        assertEquals(Files.readString(here.resolve("oos-equity.csv")), Files.readString(there.resolve("oos-equity.csv")));
    }

    @Test
    void aSweepWhoseDataIsAppendedToAfterTheDriversDigestFailsNamingBothDigestsAndWritesNothing() throws Exception {
        Path data = Files.copy(dir.resolve("bars.csv"), dir.resolve("appended.csv"));
        String uri = data.toUri().toString();
        String before = sha256(data);
        Path out = dir.resolve("appended-out");
        StringWriter err = new StringWriter();
        SparkOptions options = new SparkOptions();
        int code;
        try (SparkRunnerChoice spark = new SparkRunnerChoice(options, "appended")) {
            // the seam: the command has read the data and its digest; the executors read it after this
            SweepRunnerChoice appending = new SweepRunnerChoice() {
                @Override
                public SweepRunner choose(LocalSweepRunner local) {
                    try {
                        Files.writeString(data, "2099-01-01T00:00:00Z,1,1,1,1,1\n", StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return spark.choose(local);
                }

                @Override
                public RemoteFiles remoteFiles() {
                    return spark.remoteFiles();
                }
            };
            CommandSpec top = CommandSpec.forAnnotatedObject(new ParallaxSparkCommand());
            top.addSubcommand("sweep", new CommandLine(new SweepCommand(appending)).addMixin("spark", options));
            code = Parallax.commandLine(top, new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                    .execute("sweep", "--config", config.toString(), "--data", uri, "--out", out.toString(),
                            "--spark", "local[2]");
        }
        assertEquals(1, code, err.toString());
        assertEquals("parallax-spark sweep: data " + uri + " has SHA-256 " + sha256(data) + " where the sweep's "
                + "points ran, but the driver read " + before + ": the data changed while the sweep ran, so its rows "
                + "would mix different data; leave the file unchanged until the job ends and run again"
                + System.lineSeparator(), err.toString());
        assertTrue(!Files.exists(out), "nothing written");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aMissingFileOrAnUnknownSchemeIsRefusedNamingTheUriBeforeSparkStarts() {
        String missing = "file:" + dir.resolve("none.csv").toAbsolutePath();
        Run r = spark("sweep", "--config", config.toString(), "--data", missing, "--out", dir.resolve("m").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("parallax-spark sweep: data file " + missing + " does not exist"), r.err());
        Run s = spark("walk-forward", "--config", config.toString(), "--data", "nope://store/bars.csv",
                "--in-sample", "30d", "--out-of-sample", "15d", "--out", dir.resolve("n").toString());
        assertEquals(1, s.code());
        assertTrue(s.err().startsWith("parallax-spark walk-forward: cannot read data nope://store/bars.csv: Hadoop has "
                + "no file system for its scheme"), s.err());
        assertTrue(!Files.exists(dir.resolve("m")) && !Files.exists(dir.resolve("n")), "nothing written");
    }

    @Test
    void aBadMasterUrlIsAUsageErrorBeforeSparkStarts() {
        Run r = spark("sweep", "--config", config.toString(), "--spark", "spark//host:7077");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parallax-spark sweep: Invalid value for option '--spark': "), r.err());
        assertTrue(r.err().contains("--spark must be " + SparkMaster.FORMS + ", was 'spark//host:7077'"), r.err());
    }

    @Test
    void threadsAreRefusedBecauseTheMasterSaysHowManyCoresRun() {
        Run r = spark("sweep", "--config", config.toString(), "--threads", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parallax-spark sweep: --threads does not apply on Spark: the master says how "
                + "many cores run (--spark local[N] for N on this machine)"), r.err());
    }

    @Test
    void aBadConfigIsRefusedBeforeSparkStarts() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(config).replace("[3, 5]", "[]"));
        Run r = spark("sweep", "--config", bad.toString(), "--spark", "local[2]");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("parallax-spark sweep: config sweep.settings.fast: sweep setting 'fast' has no "
                + "values"), r.err());
    }

    @Test
    void withoutACommandItSaysSoAndExitsTwo() {
        Run r = spark();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parallax-spark: missing command"), r.err());
    }

    @Test
    void benchSettingsOutOfRangeAreUsageErrors() {
        Run r = spark("bench", "--points", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parallax-spark bench: --points must be >= 1, was 0"), r.err());
    }

    @Test
    void benchOnAnEmbeddedSparkReportsIdenticalRows() {
        Run r = spark("bench", "--spark", "local[2]", "--points", "4", "--bars", "2000", "--runs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("sweep of 4 points over 2000 bars, 1 timed runs each (medians)"), r.out());
        assertTrue(r.out().contains("spark local[2], 8 slices: "), r.out());
        assertTrue(r.out().endsWith("identical rows: true" + System.lineSeparator()), r.out());
    }

    /** The lines from the winner on: everything but the timing line. */
    private static String winnerLines(String out) {
        return out.substring(out.indexOf("winner by "), out.indexOf("Wrote "));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
