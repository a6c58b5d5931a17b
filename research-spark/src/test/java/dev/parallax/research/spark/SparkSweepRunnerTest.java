package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.cli.data.BarTime;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.research.DataChangedException;
import dev.parallax.cli.research.FileBarSource;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.Metric;
import dev.parallax.research.SweepEvaluator;
import dev.parallax.research.SweepProgress;
import dev.parallax.research.WalkForward;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SweepRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSweepRunnerTest {

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkSweepRunnerTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theSameSweepGivesIdenticalRowsLocallyAndOnSparkAndAgainOnARerun() {
        SweepPlan plan = SparkPlans.realistic(600);
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5, 8}, new int[] {13, 21}, 42);
        List<SweepRow> local = new LocalSweepRunner(2).run(plan, points);
        SparkSweepRunner runner = new SparkSweepRunner(spark, 3, new SweepEvaluator());
        List<SweepRow> onSpark = runner.run(plan, points);
        List<SweepRow> rerun = runner.run(plan, points);
        assertEquals(local, onSpark);
        assertEquals(onSpark, rerun);
        for (int i = 0; i < points.size(); i++) {
            assertEquals(points.get(i), onSpark.get(i).point(), "row " + i);
        }
    }

    @Test
    void aSweepOverACsvFileReadThroughHadoopGivesTheLocalRows(@TempDir Path dir) throws IOException {
        Path file = writeCsv(dir.resolve("bars.csv"), SyntheticBars.generate("SYN", 400, 11, SparkPlans.HOUR));
        SweepPlan plan = SparkPlans.realistic(new HadoopBarSource(file.toUri().toString(), "SYN"));
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5}, new int[] {13, 21}, 42);
        assertEquals(new LocalSweepRunner(1).run(plan, points), new SparkSweepRunner(spark).run(plan, points));
    }

    @Test
    void aSweepWhoseSourcesExpectTheDigestOfTheUnchangedFileGivesTheRowsOfTheUncheckedSource(@TempDir Path dir)
            throws Exception {
        Path file = synthetic(dir);
        String uri = file.toUri().toString();
        String sha = sha256(file);
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5}, new int[] {13, 21}, 42);
        SparkSweepRunner runner = new SparkSweepRunner(spark);
        List<SweepRow> unchecked = runner.run(SparkPlans.realistic(new HadoopBarSource(uri, "SYN")), points);
        assertEquals(unchecked, runner.run(SparkPlans.realistic(new HadoopBarSource(uri, "SYN", sha)), points));
        FileBarSource viaCli = cliSource(uri);
        List<SweepRow> cliUnchecked = runner.run(SparkPlans.realistic(viaCli), points);
        assertEquals(cliUnchecked, runner.run(SparkPlans.realistic(viaCli.expecting(sha)), points));
        assertEquals(new LocalSweepRunner(1).run(SparkPlans.realistic(viaCli), points), cliUnchecked);
    }

    @Test
    void aSweepWhoseExecutorsReadOtherBytesThanTheDriverFailsWithTheMessageOfTheTask(@TempDir Path dir)
            throws Exception {
        String uri = synthetic(dir).toUri().toString();
        String driver = "0".repeat(64);
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5}, new int[] {13, 21}, 42);
        String expected = "data " + uri + " has SHA-256 " + sha256(synthetic(dir)) + " where the sweep's points ran, but the driver "
                + "read " + driver + ": the data changed while the sweep ran, so its rows would mix different data; "
                + "leave the file unchanged until the job ends and run again";
        DataChangedException viaCli = assertThrows(DataChangedException.class, () -> new SparkSweepRunner(spark)
                .run(SparkPlans.realistic(cliSource(uri).expecting(driver)), points));
        assertEquals(expected, viaCli.getMessage());
        DataChangedException viaHadoop = assertThrows(DataChangedException.class, () -> new SparkSweepRunner(spark)
                .run(SparkPlans.realistic(new HadoopBarSource(uri, "SYN", driver)), points));
        assertEquals(expected, viaHadoop.getMessage());
    }

    /** 400 synthetic hourly bars written as CSV to {@code bars.csv} in {@code dir}. */
    private static Path synthetic(Path dir) throws IOException {
        return writeCsv(dir.resolve("bars.csv"), SyntheticBars.generate("SYN", 400, 11, SparkPlans.HOUR));
    }

    /** The SHA-256 of the file's bytes, by the JDK's digest. */
    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The source {@code parallax-spark} ships for {@code --data URI}: hourly OHLCV bars timed by their close. */
    private static FileBarSource cliSource(String uri) {
        return new FileBarSource("", DataFormat.OHLCV, "SYN", Duration.ofHours(1), BadRowPolicy.STRICT, BarTime.CLOSE,
                "", "", new HadoopFile(uri), "");
    }

    @Test
    void aWalkForwardOnSparkGivesTheLocalWindowsChoicesAndStitchedReturns() {
        SweepPlan plan = SparkPlans.realistic(24 * 60);
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5}, new int[] {13, 21}, 42);
        WalkForward.Windows windows = new WalkForward.Windows(Duration.ofDays(20), Duration.ofDays(10), false);
        WalkForward.Result local = new WalkForward(new LocalSweepRunner(2)).run(plan, points, Metric.SHARPE, windows,
                SweepProgress.NONE);
        WalkForward.Result onSpark = new WalkForward(new SparkSweepRunner(spark)).run(plan, points, Metric.SHARPE,
                windows, SweepProgress.NONE);
        assertEquals(local.steps(), onSpark.steps());
        assertArrayEquals(local.oosDayTimes(), onSpark.oosDayTimes());
        assertArrayEquals(local.oosReturns(), onSpark.oosReturns());
        assertEquals(local.efficiency(), onSpark.efficiency());
    }

    @Test
    void anotherSeedGivesOtherRowsSoTheSeedReachesTheExecutors() {
        SweepPlan plan = SparkPlans.realistic(600);
        SparkSweepRunner runner = new SparkSweepRunner(spark);
        List<SweepRow> seed42 = runner.run(plan, SparkPlans.grid(new int[] {3}, new int[] {13}, 42));
        List<SweepRow> seed43 = runner.run(plan, SparkPlans.grid(new int[] {3}, new int[] {13}, 43));
        assertNotEquals(seed42.get(0).metrics(), seed43.get(0).metrics());
    }

    @Test
    void progressReachesEveryPoint() {
        AtomicLong most = new AtomicLong();
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5}, new int[] {13, 21}, 42);
        new SparkSweepRunner(spark).run(SparkPlans.realistic(200), points,
                done -> most.accumulateAndGet(done, Math::max));
        assertEquals(4, most.get());
    }

    @Test
    void theFirstRefusedPointInPointOrderFailsTheSweepNamingIt() {
        List<SweepPoint> points = new ArrayList<>(SparkPlans.grid(new int[] {3}, new int[] {13}, 42));
        points.add(SweepPoint.of(1, Map.of("fast", "30", "slow", "10"), Map.of(), 42));
        points.add(SweepPoint.of(2, Map.of("fast", "40", "slow", "10"), Map.of(), 42));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkSweepRunner(spark, 3, new SweepEvaluator())
                        .run(SparkPlans.realistic(200), points));
        assertTrue(e.getMessage().startsWith("point 1 "), e.getMessage());
    }

    @Test
    void noPointsGiveNoRows() {
        assertEquals(List.of(), new SparkSweepRunner(spark).run(SparkPlans.realistic(200), List.of()));
    }

    @Test
    void noSlicesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkSweepRunner(spark, 0, new SweepEvaluator()));
        assertEquals("slices must be >= 1, was 0", e.getMessage());
    }

    private static Path writeCsv(Path file, BarSeries bars) throws IOException {
        StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < bars.size(); i++) {
            csv.append(Instant.ofEpochSecond(0, bars.time(i))).append(',').append(bars.open(i)).append(',')
                    .append(bars.high(i)).append(',').append(bars.low(i)).append(',').append(bars.close(i))
                    .append(',').append(bars.volume(i)).append('\n');
        }
        return Files.writeString(file, csv);
    }
}
