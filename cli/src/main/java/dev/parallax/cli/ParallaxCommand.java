package dev.parallax.cli;

import dev.parallax.cli.command.BacktestCommand;
import dev.parallax.cli.command.BenchCommand;
import dev.parallax.cli.command.CompareCommand;
import dev.parallax.cli.command.FeedReplayCommand;
import dev.parallax.cli.command.PaperCommand;
import dev.parallax.cli.command.DemoCommand;
import dev.parallax.cli.command.LiveCommand;
import dev.parallax.cli.command.ParityCommand;
import dev.parallax.cli.command.SweepCommand;
import dev.parallax.cli.command.WalkForwardCommand;
import dev.parallax.cli.command.MonteCarloCommand;
import dev.parallax.cli.command.ReportCommand;
import dev.parallax.cli.command.SimulateCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code parallax} command: lists its subcommands when run without one. */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Backtests that tell the truth about live trading: execution simulation, backtests, "
                + "live tracking and backtest-live parity.",
        subcommands = {DemoCommand.class, BacktestCommand.class, SimulateCommand.class, LiveCommand.class,
                ReportCommand.class, CompareCommand.class, ParityCommand.class, SweepCommand.class, WalkForwardCommand.class,
                MonteCarloCommand.class, BenchCommand.class, FeedReplayCommand.class, PaperCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax demo                      the whole workflow on bundled real data",
                "  parallax backtest --help           every backtest option",
                "  parallax help parity               help of one command"})
public final class ParallaxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Without a subcommand: says so in one line, prints the usage, and fails with the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parallax: missing command; try 'parallax demo' or 'parallax --help'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
