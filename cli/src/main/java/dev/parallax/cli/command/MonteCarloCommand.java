package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.Progress;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.PlanBuilder;
import dev.parallax.cli.research.ResearchPlans;
import dev.parallax.research.Percentiles;
import dev.parallax.research.SeedResampling;
import dev.parallax.research.SweepEvaluator;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SweepProgress;
import dev.parallax.research.SweepRow;
import dev.parallax.research.TradeResampling;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax monte-carlo}: how much of one backtest's result was the luck of its trades' order and of execution. */
@Command(name = "monte-carlo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the backtest of the config file and flags once, then resamples its closed trades "
                + "(bootstrap with replacement, random order without replacement, and a moving-block bootstrap of "
                + "--block-length trades) into --paths new trade sequences, and prints percentiles of the final "
                + "return and maximum drawdown and the risk of ruin (equity at or below the start less --ruin-loss).",
                "Then reruns the backtest with --seeds execution seeds drawn from --seed and prints the spread of "
                        + "total return, Sharpe ratio and maximum drawdown. Every draw is seeded by --seed."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax monte-carlo --config backtest.yaml --paths 10000 --block-length 5",
                "  parallax monte-carlo --strategy sma-cross --set fast=10 --set slow=40 --seeds 50"})
public final class MonteCarloCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StrategyOptions strategy;

    @Mixin
    PlanOptions plan;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON or YAML config file.")
    Path config;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "10000",
            description = "Resampled trade sequences per method (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--block-length", paramLabel = "N", defaultValue = "5",
            description = "Trades per block of the block bootstrap (default: ${DEFAULT-VALUE}; at most the trades).")
    int blockLength;

    @Option(names = "--ruin-loss", paramLabel = "SHARE", defaultValue = "0.5",
            description = "Loss of starting cash that counts as ruin, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double ruinLoss;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20",
            description = "Reruns with other execution seeds; 0 skips them (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Override
    public Integer call() {
        if (paths < 1 || paths > 10_000_000) {
            throw new UsageException("--paths must be between 1 and 10000000, was " + paths);
        }
        if (blockLength < 1) {
            throw new UsageException("--block-length must be >= 1, was " + blockLength);
        }
        if (!(ruinLoss > 0 && ruinLoss <= 1)) {
            throw new UsageException("--ruin-loss must be in (0, 1], was " + ruinLoss);
        }
        if (seeds < 0 || seeds > 100_000) {
            throw new UsageException("--seeds must be between 0 and 100000, was " + seeds);
        }
        BacktestPlan backtest = PlanBuilder.build(config, strategy, plan);
        SweepPlan sweepPlan = ResearchPlans.of(backtest);
        SweepPoint point = ResearchPlans.basePoint(backtest);
        var runner = threads.runner();
        SweepEvaluator.Traded run = new SweepEvaluator().evaluateWithTrades(sweepPlan, point);
        SweepRow row = run.row();
        long seed = backtest.simulator().seed();
        PrintWriter o = spec.commandLine().getOut();
        double[] pnls = run.tradePnls();
        o.println("backtest: " + pnls.length + " closed trades, total return " + SweepCommand.Report.num(
                row.metrics().totalReturn()) + ", max drawdown " + SweepCommand.Report.num(row.metrics().maxDrawdown()));
        if (pnls.length == 0) {
            throw new CliException("the backtest closed no trades: there is nothing to resample");
        }
        if (blockLength > pnls.length) {
            throw new UsageException("--block-length must be at most the " + pnls.length + " closed trades, was "
                    + blockLength);
        }
        o.println("trade resampling, " + paths + " paths each, seed " + seed + "; percentiles 5/25/50/75/95:");
        for (TradeResampling.Method m : TradeResampling.Method.values()) {
            TradeResampling.Distribution d = TradeResampling.run(pnls, sweepPlan.base().initialCash(), m, blockLength,
                    paths, seed, ruinLoss);
            o.println("  " + m.label() + (m == TradeResampling.Method.BLOCK ? " (" + d.blockLength() + " trades a block)"
                    : "") + ": final return " + line(d.finalReturn()) + "; max drawdown " + line(d.maxDrawdown())
                    + "; risk of ruin at -" + SweepCommand.Report.num(ruinLoss) + ": "
                    + SweepCommand.Report.num(d.riskOfRuin()));
        }
        if (seeds > 0) {
            SeedResampling.Spread s;
            try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "seeds", seeds)) {
                SweepProgress p = progress::update;
                s = SeedResampling.run(runner, sweepPlan, point, seeds, seed, p);
            }
            o.println("execution seeds, " + seeds + " reruns drawn from seed " + seed + "; percentiles 5/25/50/75/95:");
            o.println("  total return " + line(s.totalReturn()));
            o.println("  sharpe " + line(s.sharpe()));
            o.println("  max drawdown " + line(s.maxDrawdown()));
        }
        return ExitCodes.OK;
    }

    private static String line(Percentiles p) {
        return SweepCommand.Report.num(p.p5()) + " / " + SweepCommand.Report.num(p.p25()) + " / "
                + SweepCommand.Report.num(p.p50()) + " / " + SweepCommand.Report.num(p.p75()) + " / "
                + SweepCommand.Report.num(p.p95());
    }
}
