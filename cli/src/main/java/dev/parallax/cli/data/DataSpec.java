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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which market data to read and how.
 *
 * @param file    the data file on this machine; empty for the bundled Bitstamp trades or a remote file
 * @param format  the layout of the file
 * @param symbol  the instrument the data is for
 * @param bar     bar length: of the bars built from trades, or of the bars in an OHLCV or JSON-bars file
 *                (used to move {@link BarTime#OPEN} labels to the bar's end)
 * @param policy  strict stops at a bad row; lenient skips and reports it
 * @param barTime what the time written on a bar of an OHLCV or JSON-bars file means; bars built from
 *                trades are always timed by their end
 * @param remote  the data file when it is named by a URI and read by the application ({@link RemoteFile});
 *                empty for a local file or the bundled trades
 */
public record DataSpec(Optional<Path> file, DataFormat format, String symbol, Duration bar, BadRowPolicy policy,
                       BarTime barTime, Optional<RemoteFile> remote) {

    /** Validates every field. */
    public DataSpec {
        Preconditions.notNull("file", file);
        Preconditions.notNull("format", format);
        Preconditions.notBlank("symbol", symbol);
        Preconditions.notNull("bar", bar);
        Preconditions.notNull("policy", policy);
        Preconditions.notNull("barTime", barTime);
        Preconditions.notNull("remote", remote);
        if (file.isPresent() && remote.isPresent()) {
            throw new IllegalArgumentException("file and remote must not both be given, were " + file.get() + " and "
                    + remote.get().uri());
        }
        if (bar.isZero() || bar.isNegative()) {
            throw new IllegalArgumentException("bar must be a positive duration, was " + bar);
        }
        if (file.isEmpty() && remote.isEmpty() && format != DataFormat.TRADES) {
            throw new CliException("the bundled data holds trades; --format " + format.label() + " needs --data FILE");
        }
    }

    /** Data in a local file (or the bundled trades, when {@code file} is empty). */
    public DataSpec(Optional<Path> file, DataFormat format, String symbol, Duration bar, BadRowPolicy policy,
                    BarTime barTime) {
        this(file, format, symbol, bar, policy, barTime, Optional.empty());
    }

    /** Data whose bars, if the file holds bars, are labelled by their open time. */
    public DataSpec(Optional<Path> file, DataFormat format, String symbol, Duration bar, BadRowPolicy policy) {
        this(file, format, symbol, bar, policy, BarTime.OPEN);
    }

    /** The bundled trades as 5-minute bars, lenient (the file has 18 rows with amount 0). */
    public static DataSpec bundled() {
        return new DataSpec(Optional.empty(), DataFormat.TRADES, BundledData.SYMBOL, Duration.ofMinutes(5),
                BadRowPolicy.LENIENT);
    }

    /** A copy with another bar length. */
    public DataSpec withBar(Duration bar) {
        return new DataSpec(file, format, symbol, bar, policy, barTime, remote);
    }

    /** A copy whose bar times mean {@code other}. */
    public DataSpec withBarTime(BarTime other) {
        return new DataSpec(file, format, symbol, bar, policy, other, remote);
    }

    /** What the data is, for output: the file name, the remote file's URI as given, or the bundled file. */
    public String describe() {
        return remote.map(RemoteFile::uri).orElseGet(() -> file.map(Path::toString).orElse(BundledData.NAME + " (bundled)"));
    }

    /**
     * Nanoseconds from the time written on a bar to the bar's end, the time the engine sees it: the bar
     * length for {@link BarTime#OPEN} labels in a file of bars, otherwise 0.
     */
    public long labelShiftNanos() {
        return format == DataFormat.TRADES || barTime == BarTime.CLOSE ? 0L : bar.toNanos();
    }

    /**
     * What {@link TimeWindow} subtracts from a bar's time before it decides the bar's day: the label
     * shift for a file of bars, so {@code --from} and {@code --to} apply to the labels; the bar length
     * for bars built from trades, so a bar belongs to the day its trades are on (the 5-minute bar timed
     * 00:00 holds the previous day's last trades).
     */
    public long windowShiftNanos() {
        return format == DataFormat.TRADES ? bar.toNanos() : labelShiftNanos();
    }

    /**
     * Opens the data as a stream of market events (bars), timed by each bar's end.
     *
     * @throws CliException if the file does not exist (for a remote file: as {@link RemoteFile#open} says)
     */
    public Opened open() {
        return open(true);
    }

    /** Opens the data; {@code wholeDigest} false skips hashing the rest of the file when reading stops early. */
    Opened open(boolean wholeDigest) {
        requireFile();
        String name = remote.map(RemoteFile::uri).orElseGet(() -> file.map(Path::toString).orElse(BundledData.NAME));
        HashingInput in = new HashingInput(bytes(), wholeDigest);
        Duration shift = Duration.ofNanos(labelShiftNanos());
        return switch (format) {
            case TRADES -> {
                CsvMarketDataSource trades = TradeCsvFormat.of(symbol).withPolicy(policy).open(name, in);
                CountedSource counted = new CountedSource(trades);
                yield new Opened(new TimeBarAggregator(counted, bar), trades::skippedRows,
                        () -> read(in, counted, trades.skippedRows()));
            }
            case OHLCV -> {
                CsvMarketDataSource bars = OhlcvCsvFormat.of(symbol).withPolicy(policy).withTimeOffset(shift)
                        .open(name, in);
                CountedSource counted = new CountedSource(bars);
                yield new Opened(counted, bars::skippedRows, () -> read(in, counted, bars.skippedRows()));
            }
            case JSON_BARS -> {
                JsonBarSource bars = JsonBarFormat.of(symbol).withPolicy(policy).withTimeOffset(shift).open(name, in);
                CountedSource counted = new CountedSource(bars);
                yield new Opened(counted, bars::skippedRows, () -> read(in, counted, bars.skippedRows()));
            }
        };
    }

    /**
     * The SHA-256 of the data's bytes as stored, read from start to end without parsing; what
     * {@link DataRead#sha256()} records.
     *
     * @throws CliException if the file does not exist
     */
    public String sha256() {
        requireFile();
        try (HashingInput in = new HashingInput(bytes(), true)) {
            in.close();
            return in.sha256Hex();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + describe(), e);
        }
    }

    private void requireFile() {
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new CliException("data file not found: " + file.get());
        }
    }

    /** The data's bytes as stored: the remote file's, the local file's or the bundled file's. */
    private InputStream bytes() {
        if (remote.isPresent()) {
            return remote.get().open();
        }
        return file.isPresent() ? bytesOf(file.get()) : BundledData.open();
    }

    private static InputStream bytesOf(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + file.toAbsolutePath(), e);
        }
    }

    private static DataRead read(HashingInput in, CountedSource counted, SkippedRows skipped) {
        return new DataRead(in.sha256Hex(), in.bytes(), counted.count(), skipped.count());
    }

    /**
     * An opened data stream.
     *
     * @param source  the events
     * @param skipped the rows skipped so far (lenient mode)
     * @param read    what was read: the digest of the whole file and the row counts; known once
     *                {@code source} is closed
     */
    public record Opened(MarketDataSource source, Supplier<SkippedRows> skipped, Supplier<DataRead> read) {
    }
}
