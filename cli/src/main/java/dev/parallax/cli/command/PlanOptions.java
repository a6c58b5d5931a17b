package dev.parallax.cli.command;

import picocli.CommandLine.Option;

/**
 * The flags that choose the market data and the execution models, shared by {@code backtest} and
 * {@code simulate}; each one, when given, wins over the config file. The strategy's own flags are in
 * {@link StrategyOptions}.
 */
public final class PlanOptions {

    /** The data file as written: a path, or a URI that only an application reading URIs accepts ({@code RemoteFiles}). */
    @Option(names = "--data", paramLabel = "FILE", description = "Market data file (default: the bundled Bitstamp trades).")
    public String data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trades (timestamp,price,amount in epoch seconds), ohlcv (time,open,high,low,close,volume "
                    + "with ISO dates or date-times, UTC unless an offset is written) or json-bars (time in epoch "
                    + "milliseconds) (default: trades). Bar times follow --bar-time.")
    public String format;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Symbol of the data (default: BTC/USD).")
    public String symbol;

    @Option(names = "--bar", paramLabel = "DURATION",
            description = "Bar length: of the bars built from trade data (default: 5m), or of the bars in an ohlcv or "
                    + "json-bars file (default: the smallest gap between the first 1,000 bar times).")
    public String bar;

    @Option(names = "--bar-time", paramLabel = "open|close",
            description = "What the time on each bar of an ohlcv or json-bars file means: open (default; the start of "
                    + "the bar, as Binance klines, Yahoo and most CSV exports write it) or close (its end). A daily "
                    + "file labelled by date reads as open.")
    public String barTime;

    @Option(names = "--lenient", negatable = true,
            description = "Skip and report malformed rows instead of stopping (default: on for the bundled data, off for files).")
    public Boolean lenient;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, UTC (2024-01-31).")
    public String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, UTC, inclusive.")
    public String to;

    @Option(names = "--bar-spread-bps", paramLabel = "BPS", description = "Spread around bar prices (default: 2; 0 with --execution-models ideal).")
    public Double barSpreadBps;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulator (default: 42).")
    public Long seed;

    @Option(names = "--execution-models", paramLabel = "PRESET",
            description = "realistic (default) or ideal: zero fees, zero spread, zero slippage, zero latency, nothing "
                    + "ahead in the queue, full fills (what a textbook backtest assumes). Model flags replace single "
                    + "models of the preset.")
    public String executionModels;

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
