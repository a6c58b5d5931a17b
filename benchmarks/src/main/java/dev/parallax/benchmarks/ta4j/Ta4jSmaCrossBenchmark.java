package dev.parallax.benchmarks.ta4j;

import dev.parallax.backtest.columnar.SyntheticBars;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;

/**
 * The SMA(5)/SMA(20) long-only crossover of {@link dev.parallax.benchmarks.SmaCrossBenchmark} run by ta4j 0.18 over the same
 * bars: the {@link SyntheticBars} recipe, seed 42, bars one minute apart, 5,000,000 of them. The ta4j
 * series is built once; each operation builds the strategy (so its indicator caches start empty, as
 * a new run's would) and runs it with ta4j's {@code BarSeriesManager}, filling at the signal bar's
 * close (see {@link Ta4jSmaCross}). Divide the bar count by the time per operation for bars per
 * second; {@code -prof gc} gives the bytes allocated per run, which divided by the bar count is the
 * allocation per bar. The heap the series holds is measured by {@link Ta4jFootprint}. The fork has
 * an 8 GB heap: the series and the caches of a run hold about 1.8 GB, and in a 4 GB heap about half
 * of each run went to garbage collection, which made ta4j four to five times slower.
 *
 * <p>{@code numbers} picks ta4j's number type: {@code double} ({@code DoubleNum}, its fastest) by
 * default; {@code -p numbers=decimal} runs {@code DecimalNum}, ta4j's default, which needs fewer
 * bars ({@code -p bars=...}) to fit in the heap.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class Ta4jSmaCrossBenchmark {

    @Param("5000000")
    public int bars;

    @Param("double")
    public String numbers;

    private BarSeries series;
    private TradingRecord last;

    /** Generates the bars and copies them into a ta4j series, once. */
    @Setup
    public void setUp() {
        series = Ta4jSmaCross.series(SyntheticBars.generate("SYN", bars, 42, 60_000_000_000L),
                Duration.ofMinutes(1), Ta4jSmaCross.numbers(numbers));
    }

    /** The crossover over every bar, as ta4j runs it. */
    @Benchmark
    public TradingRecord ta4j() {
        last = Ta4jSmaCross.run(series, Ta4jSmaCross.strategy(series, 5, 20));
        return last;
    }

    /** Prints the last run's closed positions, to compare with the columnar engine's. */
    @TearDown
    public void report() {
        if (last != null) {
            // JMH has already printed the iteration's label: start a line of our own.
            System.out.println();
            System.out.println("ta4j closed positions: " + last.getPositionCount());
        }
    }
}
