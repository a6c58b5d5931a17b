package dev.parallax.research.spark;

import dev.parallax.cli.command.SweepRunnerChoice;
import dev.parallax.cli.data.RemoteFiles;
import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.SweepRunner;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs the points of {@code sweep} and {@code walk-forward} on Spark: the Spark context starts when
 * the command chooses its runner (after its config and flags were checked) and stops on {@link #close}.
 * {@code --threads} does not apply: Spark's master says how many cores run.
 */
final class SparkRunnerChoice implements SweepRunnerChoice, AutoCloseable {

    private final SparkOptions options;
    private final String name;
    private JavaSparkContext spark;

    /** A choice that starts a context named {@code name} on the master {@code options} give. */
    SparkRunnerChoice(SparkOptions options, String name) {
        this.options = options;
        this.name = name;
    }

    @Override
    public synchronized SweepRunner choose(LocalSweepRunner local) {
        if (spark == null) {
            spark = SparkJob.start(options.master(), name);
        }
        return new SparkSweepRunner(spark);
    }

    /** Data URIs are read through Hadoop ({@link HadoopFile}). */
    @Override
    public RemoteFiles remoteFiles() {
        return HadoopFile.READER;
    }

    /** Stops the Spark context, if one was started. */
    @Override
    public synchronized void close() {
        if (spark != null) {
            spark.stop();
            spark = null;
        }
    }
}
