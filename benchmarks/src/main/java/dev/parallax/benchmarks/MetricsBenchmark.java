package dev.parallax.benchmarks;

import dev.parallax.metrics.MetricOptions;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.SharpeTrials;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The full return-metric set ({@link PerformanceReport}) over 10,000,000 daily returns. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class MetricsBenchmark {

    private double[] returns;

    /** Draws the returns: normal, mean 0.0004, deviation 0.01. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(3);
        returns = new double[10_000_000];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = 0.0004 + 0.01 * r.nextGaussian();
        }
    }

    /** Every metric of the report. */
    @Benchmark
    public PerformanceReport fullReport() {
        return PerformanceReport.of(returns, MetricOptions.DEFAULT, SharpeTrials.single());
    }
}
