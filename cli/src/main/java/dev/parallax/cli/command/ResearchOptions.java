package dev.parallax.cli.command;

import dev.parallax.cli.UsageException;
import dev.parallax.cli.data.RemoteFiles;
import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.Metric;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags shared by {@code sweep} and {@code walk-forward}: the config file and the backtest flags
 * that the points start from, the threads, the most runs and the ranking metric.
 */
public final class ResearchOptions {

    @Mixin
    StrategyOptions strategy;

    @Mixin
    PlanOptions plan;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON or YAML config file with a 'sweep' section.")
    Path config;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "10000",
            description = "Refuse a sweep of more combinations than this, before anything runs (default: ${DEFAULT-VALUE}).")
    int maxRuns;

    @Option(names = "--rank-by", paramLabel = "METRIC", defaultValue = "sharpe",
            description = "Metric that picks the winner: sharpe, sortino, total_return, cagr, calmar, max_drawdown, "
                    + "volatility, win_rate or final_equity (default: ${DEFAULT-VALUE}).")
    String rankBy;

    /** A runner on the chosen number of threads. */
    LocalSweepRunner runner() {
        return threads.runner();
    }

    /** The ranking metric, checked. */
    Metric metric() {
        return UsageException.parsingOption("--rank-by", () -> Metric.parse(rankBy));
    }

    /** The plan, space and checked points of the config file and flags; a data URI is read through {@code remotes}. */
    SweepSetup setup(RemoteFiles remotes) {
        if (maxRuns < 1) {
            throw new UsageException("--max-runs must be >= 1, was " + maxRuns);
        }
        return SweepSetup.read(config, strategy, plan, maxRuns, remotes);
    }
}
