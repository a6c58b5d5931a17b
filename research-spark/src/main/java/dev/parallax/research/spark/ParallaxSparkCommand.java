package dev.parallax.research.spark;

import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code parallax-spark} command: lists its subcommands when run without one. */
@Command(name = "parallax-spark", mixinStandardHelpOptions = true,
        description = {"Parallax research on Apache Spark: 'sweep' and 'walk-forward' take every option of "
                + "'parallax sweep' and 'parallax walk-forward', plus --spark MASTER, and run their points as Spark "
                + "jobs; the rows are identical to the local runner's."},
        subcommands = {CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax-spark sweep --config sweep.yaml --spark local[*]",
                "  spark-submit --class dev.parallax.research.spark.ParallaxSpark --master spark://host:7077 \\",
                "      research-spark-cluster.jar sweep --config sweep.yaml"})
final class ParallaxSparkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax-spark: missing command; try 'parallax-spark --help'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
