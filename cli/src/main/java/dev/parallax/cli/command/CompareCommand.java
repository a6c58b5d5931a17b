package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.parity.LimitsInForce;
import dev.parallax.cli.parity.ParityReplay;
import dev.parallax.cli.parity.ParityText;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.cli.report.Comparison;
import dev.parallax.cli.report.RunView;
import dev.parallax.cli.report.TextReport;
import dev.parallax.metrics.MetricBasis;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax compare}: backtest and live side by side, with the parity view. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Puts a backtest (results JSON) and the strategy's live account (its live database) side by "
                + "side: return, win rate, profit factor, Sharpe, drawdown, trades and fees with their deltas, then "
                + "the daily parity of the two, judged by the limits saved for the strategy (flags override them). "
                + "Both sides' return figures are computed on one basis, stated in the output. Runs that share no "
                + "day are refused (exit 1). Read-only: nothing is saved and no alert is delivered.",
        footerHeading = "%nExamples:%n",
        footer = {"  parallax compare --backtest parallax-demo/backtest.json --strategy sma-cross-demo --data-dir parallax-demo/data",
                "  parallax compare --backtest runs/jan/results.json --strategy btc-momentum --max-drift-bps 150"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--backtest", required = true, paramLabel = "FILE", description = "Backtest results JSON.")
    Path backtest;

    @Option(names = "--strategy", required = true, paramLabel = "NAME", converter = StrategyNameConverter.class,
            description = "Strategy name of the live database.")
    String strategy;

    @Mixin
    ParityOptions parity;

    @Mixin
    BasisOptions basisOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BacktestViews.Source source = BacktestViews.load(backtest);
        MetricBasis basis = basisOptions.basis(source.basis().periodsPerYear());
        RunView b = source.view("backtest", basis);
        LimitsInForce limits = parity.limits(strategy);
        ParityReplay replay = ParityReplay.of(backtest, parity.location(), strategy, limits.limits(), basis);
        requireOverlap(b, replay.live());
        TextReport.compare(out, Comparison.of(b, replay.live()));
        out.println();
        out.println("parity, replayed (status column: the replayed status at the end of each day):");
        limits.describe().lines().forEach(line -> out.println("  " + line));
        ParityText.table(out, replay.parity(), "  ");
        return ExitCodes.OK;
    }

    /** Refuses runs that share no day: their figures would describe different markets. */
    private void requireOverlap(RunView b, RunView live) {
        String bw = b.window().map(Object::toString).orElse("no equity points");
        String lw = live.window().map(Object::toString).orElse("no recorded day");
        boolean overlap = b.window().isPresent() && live.window().isPresent()
                && b.window().get().overlaps(live.window().get());
        if (!overlap) {
            throw new CliException("the backtest (" + bw + ", " + backtest + ") and the live account of '" + strategy
                    + "' (" + lw + ") share no day; nothing to compare. Compare a backtest of the period traded live");
        }
    }
}
