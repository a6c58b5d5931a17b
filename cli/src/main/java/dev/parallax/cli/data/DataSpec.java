package dev.parallax.cli.data;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.adapters.data.CsvMarketDataSource;
import dev.parallax.adapters.data.JsonBarFormat;
import dev.parallax.adapters.data.JsonBarSource;
import dev.parallax.adapters.data.OhlcvCsvFormat;
import dev.parallax.adapters.data.SkippedRows;
import dev.parallax.adapters.data.TimeBarAggregator;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.cli.CliException;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.MarketDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which market data to read and how.
 *
 * @param file   the data file; empty for the bundled Bitstamp trades
 * @param format the layout of the file
 * @param symbol the instrument the data is for
 * @param bar    bar length when the file holds trades
 * @param policy strict stops at a bad row; lenient skips and reports it
 */
public record DataSpec(Optional<Path> file, DataFormat format, String symbol, Duration bar, BadRowPolicy policy) {

    /** Validates every field. */
    public DataSpec {
        Preconditions.notNull("file", file);
        Preconditions.notNull("format", format);
        Preconditions.notBlank("symbol", symbol);
        Preconditions.notNull("bar", bar);
        Preconditions.notNull("policy", policy);
        if (bar.isZero() || bar.isNegative()) {
            throw new IllegalArgumentException("bar must be a positive duration, was " + bar);
        }
        if (file.isEmpty() && format != DataFormat.TRADES) {
            throw new CliException("the bundled data holds trades; --format " + format.label() + " needs --data FILE");
        }
    }

    /** The bundled trades as 5-minute bars, lenient (the file has 18 rows with amount 0). */
    public static DataSpec bundled() {
        return new DataSpec(Optional.empty(), DataFormat.TRADES, BundledData.SYMBOL, Duration.ofMinutes(5),
                BadRowPolicy.LENIENT);
    }

    /** What the data is, for output: the file name or the bundled file. */
    public String describe() {
        return file.map(Path::toString).orElse(BundledData.NAME + " (bundled)");
    }

    /**
     * Opens the data as a stream of market events (bars).
     *
     * @throws CliException if the file does not exist
     */
    public Opened open() {
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new CliException("data file not found: " + file.get());
        }
        return switch (format) {
            case TRADES -> {
                TradeCsvFormat f = TradeCsvFormat.of(symbol).withPolicy(policy);
                CsvMarketDataSource trades = file.isPresent() ? f.open(file.get()) : f.open(BundledData.NAME,
                        BundledData.open());
                yield new Opened(new TimeBarAggregator(trades, bar), trades::skippedRows);
            }
            case OHLCV -> {
                CsvMarketDataSource bars = OhlcvCsvFormat.of(symbol).withPolicy(policy).open(file.get());
                yield new Opened(bars, bars::skippedRows);
            }
            case JSON_BARS -> {
                JsonBarSource bars = JsonBarFormat.of(symbol).withPolicy(policy).open(file.get());
                yield new Opened(bars, bars::skippedRows);
            }
        };
    }

    /**
     * An opened data stream.
     *
     * @param source  the events
     * @param skipped the rows skipped so far (lenient mode)
     */
    public record Opened(MarketDataSource source, Supplier<SkippedRows> skipped) {
    }
}
