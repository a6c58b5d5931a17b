package dev.parallax.cli.command;

import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax bench}: quick throughput measurements (the JMH benchmarks are in the benchmarks module). */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchSmaCrossCommand.class,
        description = "Quick throughput measurements; for careful numbers run the JMH benchmarks "
                + "(java -jar benchmarks/target/benchmarks.jar).",
        footerHeading = "%nExamples:%n", footer = "  parallax bench sma-cross --bars 1000000 --runs 5")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Without a benchmark name: says so in one line, prints the usage, and fails with the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax bench: missing benchmark; try 'parallax bench sma-cross'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
