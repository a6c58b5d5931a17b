package dev.parallax.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The flags that choose the market data and the execution models, shared by {@code backtest} and
 * {@code simulate}; each one, when given, wins over the config file. The strategy's own flags are in
 * {@link StrategyOptions}.
 */
public final class PlanOptions {

    @Option(names = "--data", paramLabel = "FILE", description = "Market data file (default: the bundled Bitstamp trades).")
    public Path data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trades (timestamp,price,amount in epoch seconds), ohlcv (time,open,high,low,close,volume "
                    + "with ISO times) or json-bars (default: trades).")
    public String format;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Symbol of the data (default: BTC/USD).")
    public String symbol;

    @Option(names = "--bar", paramLabel = "DURATION", description = "Bar length for trade data (default: 5m).")
    public String bar;

    @Option(names = "--lenient", negatable = true,
            description = "Skip and report malformed rows instead of stopping (default: on for the bundled data, off for files).")
    public Boolean lenient;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, UTC (2024-01-31).")
    public String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, UTC, inclusive.")
    public String to;

    @Option(names = "--bar-spread-bps", paramLabel = "BPS", description = "Spread around bar prices (default: 2).")
    public Double barSpreadBps;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulator (default: 42).")
    public Long seed;

    @Option(names = "--fee", paramLabel = "MODEL", description = "Fee model, name[:key=value,...] (default: maker-taker).")
    public String fee;

    @Option(names = "--latency", paramLabel = "MODEL", description = "Latency model (default: uniform-spikes).")
    public String latency;

    @Option(names = "--slippage", paramLabel = "MODEL", description = "Slippage model (default: spread-impact).")
    public String slippage;

    @Option(names = "--queue", paramLabel = "MODEL", description = "Queue model (default: market-conditions).")
    public String queue;

    @Option(names = "--fill", paramLabel = "MODEL", description = "Fill model (default: partial-probability).")
    public String fill;
}
