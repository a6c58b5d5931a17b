package dev.parallax.benchmarks;

import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parity tracker with 1,000,000 matched trades over 20 days: the time to record them all
 * (backtest and live side) and the time of one daily report. Differences are a few bps, below
 * every threshold, so nothing is disabled.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class ParityBenchmark {

    private static final int TRADES = 1_000_000;
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private Fill[] backtests;
    private Fill[] lives;
    private ParityTracker filled;
    private Path folder;

    /** Builds the executions, and a tracker that holds them all for the report benchmark. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("parity-bench");
        SplittableRandom r = new SplittableRandom(5);
        backtests = new Fill[TRADES];
        lives = new Fill[TRADES];
        for (int i = 0; i < TRADES; i++) {
            Instant t = START.plusMillis((long) i * 1_728); // 20 days
            double price = 100 + r.nextDouble();
            Side side = r.nextBoolean() ? Side.BUY : Side.SELL;
            long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
            backtests[i] = new Fill("t" + i, "X", side, price, 1, 0.01, FillType.TAKER, 0, 0, nanos, false);
            double live = price * (1 + side.sign() * 0.0002 * r.nextDouble());
            lives[i] = new Fill("t" + i, "X", side, live, 1, 0.011, FillType.TAKER, 40_000_000, 1,
                    nanos + 50_000_000, false);
        }
        filled = newTracker("filled");
        recordAll(filled);
    }

    private ParityTracker newTracker(String name) {
        return ParityTrackerRegistry.create(ParitySettings.builder().dataFolder(folder.resolve("parity"))
                .alertLogFolder(folder.resolve("logs")).build()).tracker(name);
    }

    private void recordAll(ParityTracker tracker) {
        for (int i = 0; i < TRADES; i++) {
            tracker.recordBacktest(backtests[i]);
            tracker.recordLive(lives[i]);
        }
    }

    /** Records 1,000,000 matched trades into a new tracker. */
    @Benchmark
    public long recordMillionMatchedTrades() {
        ParityTracker tracker = newTracker("record");
        recordAll(tracker);
        return tracker.completedTrades();
    }

    /** One daily report of a day with 50,000 matched trades, in a tracker holding 1,000,000. */
    @Benchmark
    public DailyParityReport dailyReport() {
        return filled.dailyReport(LocalDate.of(2026, 1, 14));
    }
}
