package dev.parallax.cli.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A backtest config file (JSON or YAML). Every field is optional; a command-line flag wins over the
 * file. Unknown fields are errors.
 *
 * <pre>
 * strategy: sma-cross
 * settings: {fast: 5, slow: 20, units: 1}
 * data: {file: trades.csv, format: trades, symbol: BTC/USD, bar: 5m, lenient: true}   # ohlcv: bar_time: open|close
 * from: 2013-11-26
 * to: 2013-11-30
 * balance: 10000
 * execution: next-bar-open
 * market_data_latency: true     # false: the strategy sees every event at the instant it happened
 * execution_models: realistic   # or ideal
 * account: {type: margin, initial_margin: 0.5, maintenance_margin: 0.25, max_leverage: 2}   # default: cash
 * bar_spread_bps: 2
 * periods_per_year: 365
 * seed: 42
 * models:
 *   fee: {name: bitstamp}
 *   latency: {name: lognormal, settings: {submit_median_ms: 40}}
 * sweep:                          # parallax sweep and walk-forward only
 *   mode: grid                    # or random, with samples: N (seeded by --seed)
 *   settings: {fast: [5, 10, 20], slow: {from: 30, to: 90, step: 10}}
 *   models: {fee.taker_bps: [5, 10]}
 * </pre>
 *
 * @param strategy       strategy provider name
 * @param settings       strategy settings
 * @param data           the market data
 * @param from           first day (ISO date, UTC), inclusive
 * @param to             last day (ISO date, UTC), inclusive
 * @param balance        starting cash
 * @param execution      {@code next-bar-open} or {@code signal-bar-close}
 * @param executionModels the preset the models start from: {@code realistic} or {@code ideal}
 * @param marketDataLatency whether the strategy sees market data after the latency model's market-data
 *                       delays (default true)
 * @param account        the account's rules: cash (the default) or margin with its limits
 * @param barSpreadBps   spread put around bar prices
 * @param periodsPerYear annualisation of daily returns
 * @param seed           seed of the simulator
 * @param models         execution models by kind ({@code fee}, {@code latency}, {@code slippage},
 *                       {@code queue}, {@code fill})
 * @param sweep          the settings a sweep varies; read only by the research commands
 */
public record BacktestFile(String strategy, Map<String, String> settings, DataFile data, String from, String to,
                           Double balance, String execution,
                           @JsonProperty("execution_models") String executionModels,
                           @JsonProperty("market_data_latency") Boolean marketDataLatency,
                           @JsonProperty("bar_spread_bps") Double barSpreadBps,
                           @JsonProperty("periods_per_year") Double periodsPerYear, Long seed,
                           Map<String, ModelFile> models, AccountFile account, SweepFile sweep) {

    /** An empty file: every value from flags or defaults. */
    public static final BacktestFile EMPTY = new BacktestFile(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /**
     * The data section.
     *
     * @param file    path of the data file, relative to the config file's folder; absent for the bundled data
     * @param format  {@code trades}, {@code ohlcv} or {@code json-bars}
     * @param symbol  instrument of the data
     * @param bar     bar length, such as {@code 5m}: of the bars built from trades, or of the bars in a file
     *                of bars (inferred when absent)
     * @param lenient skip and report bad rows instead of stopping
     * @param barTime {@code open} (default) or {@code close}: what the time on each bar of a file of bars means
     */
    public record DataFile(String file, String format, String symbol, String bar, Boolean lenient,
                           @JsonProperty("bar_time") String barTime) {
    }

    /**
     * The account section.
     *
     * @param type              {@code cash} or {@code margin}
     * @param initialMargin     margin: share of exposure the equity must cover to open it
     * @param maintenanceMargin margin: share of exposure below which positions are closed
     * @param maxLeverage       margin: cap on gross exposure as a multiple of equity
     */
    public record AccountFile(String type, @JsonProperty("initial_margin") Double initialMargin,
                              @JsonProperty("maintenance_margin") Double maintenanceMargin,
                              @JsonProperty("max_leverage") Double maxLeverage) {
    }

    /**
     * The sweep section: which settings vary and how points are drawn.
     *
     * @param mode     {@code grid} (default: every combination) or {@code random} (a seeded sample)
     * @param samples  random mode: how many combinations to draw
     * @param settings strategy settings: each a list of values or a range {@code {from, to, step}}
     * @param models   model settings written {@code kind.setting}: each a list or a range
     */
    public record SweepFile(String mode, Integer samples, Map<String, Object> settings, Map<String, Object> models) {
    }

    /**
     * One model.
     *
     * @param name     provider name
     * @param settings provider settings
     */
    public record ModelFile(String name, Map<String, String> settings) {
    }
}
