package dev.parallax.research.spark;

import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax-spark bench}: the same sweep on Spark and on the local runner, timed. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times one SMA crossover sweep (ideal execution, the columnar fast path) over synthetic minute "
                + "bars alternately on the local runner (every core) and on Spark, after one warm-up run of each, and "
                + "prints the median of each, Spark's overhead, the context's start-up time and whether the rows were "
                + "identical (exit 1 if not)."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax-spark bench", "  parallax-spark bench --spark local[2] --points 1000 --bars 100000"})
final class SparkBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SparkOptions spark;

    @Option(names = "--points", paramLabel = "N", defaultValue = "100", description = "Sweep points (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--bars", paramLabel = "N", defaultValue = "200000", description = "Synthetic bars (default: ${DEFAULT-VALUE}).")
    int bars;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        SparkSweepBenchmark.Settings settings;
        try {
            settings = new SparkSweepBenchmark.Settings(points, bars, runs);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return SparkSweepBenchmark.run(spark.master(), settings, spec.commandLine().getOut()) ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
