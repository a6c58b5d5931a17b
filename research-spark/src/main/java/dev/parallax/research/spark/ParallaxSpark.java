package dev.parallax.research.spark;

import dev.parallax.cli.Parallax;
import dev.parallax.cli.command.SweepCommand;
import dev.parallax.cli.command.WalkForwardCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of {@code parallax-spark}: {@code sweep} and {@code walk-forward} are the
 * {@code parallax} commands themselves (the same options, checks, output files and exit codes) with
 * {@code --spark MASTER} added and their points run by {@link SparkSweepRunner}; {@code bench} times
 * Spark against the local runner. {@code ./parallax-spark} runs it with an embedded Spark;
 * {@code spark-submit --class dev.parallax.research.spark.ParallaxSpark research-spark-cluster.jar ...}
 * runs it on a cluster.
 */
public final class ParallaxSpark {

    private ParallaxSpark() {
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command with {@code args}, writing to {@code out} and {@code err} (flushed before it
     * returns), and stops the Spark context it started, if any.
     *
     * @return the exit code: 0 done, 1 failed, 2 bad arguments (a master URL Spark does not know among them)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        List<SparkRunnerChoice> choices = new ArrayList<>();
        CommandSpec top = CommandSpec.forAnnotatedObject(new ParallaxSparkCommand());
        SparkOptions sweepSpark = new SparkOptions();
        SparkRunnerChoice sweep = new SparkRunnerChoice(sweepSpark, "parallax sweep");
        choices.add(sweep);
        top.addSubcommand("sweep", new CommandLine(new SweepCommand(sweep)).addMixin("spark", sweepSpark));
        SparkOptions walkSpark = new SparkOptions();
        SparkRunnerChoice walk = new SparkRunnerChoice(walkSpark, "parallax walk-forward");
        choices.add(walk);
        top.addSubcommand("walk-forward", new CommandLine(new WalkForwardCommand(walk)).addMixin("spark", walkSpark));
        top.addSubcommand("bench", new CommandLine(new SparkBenchCommand()));
        try {
            CommandLine cmd = Parallax.commandLine(top, out, err);
            cmd.setExecutionStrategy(ParallaxSpark::refuseThreads);
            return cmd.execute(args);
        } finally {
            choices.forEach(SparkRunnerChoice::close);
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs the command parsed, unless it was given {@code --threads}: on Spark the master says how
     * many cores run, so the flag would be silently ignored.
     */
    private static int refuseThreads(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--threads")) {
                throw new ParameterException(r.commandSpec().commandLine(), "--threads does not apply on Spark: the "
                        + "master says how many cores run (--spark local[N] for N on this machine)");
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
