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

    @Option(names = "--market-data-latency", negatable = true,
            description = "Show the strategy each bar, trade and quote only after a market-data delay drawn from the "
                    + "latency model (default: on; 5-50 ms with uniform-spikes, none with --execution-models ideal); "
                    + "--no-market-data-latency shows it every event at the instant it happened.")
    public Boolean marketDataLatency;

    @Option(names = "--position-mode", paramLabel = "netting|per-trade",
            description = "netting (default): one position per symbol at average cost, a trade runs from flat to "
                    + "flat; per-trade: each order's fills make a lot at its own price, closed oldest first by "
                    + "the opposite fills, a trade per lot. Changes the trades and realized P&L, not the equity.")
    public String positionMode;

    @Option(names = "--account", paramLabel = "cash|margin",
            description = "cash (default): an order that costs more than the cash not yet committed is rejected, and "
                    + "so is a short; margin: leverage and shorts within --initial-margin and --max-leverage, "
                    + "liquidated at --maintenance-margin.")
    public String account;

    @Option(names = "--initial-margin", paramLabel = "FRACTION",
            description = "Margin account: share of exposure the equity must cover to open it (default: 0.5).")
    public Double initialMargin;

    @Option(names = "--maintenance-margin", paramLabel = "FRACTION",
            description = "Margin account: share of exposure below which every position is closed (default: 0.25).")
    public Double maintenanceMargin;

    @Option(names = "--max-leverage", paramLabel = "X",
            description = "Margin account: cap on gross exposure as a multiple of equity (default: 2).")
    public Double maxLeverage;

    @Option(names = "--periods-per-year", paramLabel = "N", description = "Annualisation of daily returns (default: 365).")
    public Double periodsPerYear;
}
