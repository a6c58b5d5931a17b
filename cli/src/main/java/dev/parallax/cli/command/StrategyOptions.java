package dev.parallax.cli.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The flags that only a backtest uses: the strategy, its settings, the starting cash, when orders
 * reach the market, and the annualisation. Each one, when given, wins over the config file.
 */
public final class StrategyOptions {

    @Option(names = "--strategy", paramLabel = "NAME", description = "Strategy name (default: sma-cross).")
    public String strategy;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A strategy setting; repeat for more (sma-cross: fast, slow, long_short, units, equity_fraction).")
    public List<String> settings = new ArrayList<>();

    @Option(names = "--balance", paramLabel = "CASH", description = "Starting cash (default: 100000).")
    public Double balance;

    @Option(names = "--execution", paramLabel = "WHEN",
            description = "next-bar-open (default) or signal-bar-close.")
    public String execution;

    @Option(names = "--periods-per-year", paramLabel = "N", description = "Annualisation of daily returns (default: 365).")
    public Double periodsPerYear;
}
