package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.Bar;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The layout of an OHLCV CSV file, and the way to open one as a stream of {@link Bar}s.
 *
 * <pre>{@code
 * OhlcvCsvFormat format = OhlcvCsvFormat.of("AAPL")
 *         .withTime(Column.named("date"))
 *         .withTimestamps(TimestampFormat.isoDate(ZoneId.of("America/New_York")))
 *         .withTimeOffset(Duration.ofHours(16));        // a daily bar is complete at the 16:00 close
 * try (CsvMarketDataSource bars = format.open(Path.of("aapl.csv.gz"))) { ... }
 * }</pre>
 *
 * @param symbol     the instrument every bar is for
 * @param dialect    delimiter and header
 * @param time       the timestamp column
 * @param open       the open price column
 * @param high       the high price column
 * @param low        the low price column
 * @param close      the close price column
 * @param volume     the volume column
 * @param timestamps how the timestamps are written
 * @param timeOffset added to each timestamp to get the bar's end, the time the engine sees it (a bar
 *                   stamped with its start needs its length here); may be zero or negative
 * @param policy     what to do with malformed rows
 */
public record OhlcvCsvFormat(String symbol, CsvDialect dialect, Column time, Column open, Column high, Column low,
                             Column close, Column volume, TimestampFormat timestamps, Duration timeOffset,
                             BadRowPolicy policy) {

    /** Validates that every field is given. */
    public OhlcvCsvFormat {
        notBlank("symbol", symbol);
        notNull("dialect", dialect);
        notNull("time", time);
        notNull("open", open);
        notNull("high", high);
        notNull("low", low);
        notNull("close", close);
        notNull("volume", volume);
        notNull("timestamps", timestamps);
        notNull("timeOffset", timeOffset);
        notNull("policy", policy);
    }

    /**
     * Comma-separated with a header naming {@code time, open, high, low, close, volume}, ISO date-times
     * in UTC, no offset, strict.
     */
    public static OhlcvCsvFormat of(String symbol) {
        return new OhlcvCsvFormat(symbol, CsvDialect.DEFAULT, Column.named("time"), Column.named("open"),
                Column.named("high"), Column.named("low"), Column.named("close"), Column.named("volume"),
                TimestampFormat.isoDateTime(), Duration.ZERO, BadRowPolicy.STRICT);
    }

    /** With another delimiter or header setting. */
    public OhlcvCsvFormat withDialect(CsvDialect d) {
        return new OhlcvCsvFormat(symbol, d, time, open, high, low, close, volume, timestamps, timeOffset, policy);
    }

    /** With another timestamp column. */
    public OhlcvCsvFormat withTime(Column t) {
        return new OhlcvCsvFormat(symbol, dialect, t, open, high, low, close, volume, timestamps, timeOffset, policy);
    }

    /** With other price and volume columns. */
    public OhlcvCsvFormat withColumns(Column o, Column h, Column l, Column c, Column v) {
        return new OhlcvCsvFormat(symbol, dialect, time, o, h, l, c, v, timestamps, timeOffset, policy);
    }

    /** With another timestamp notation. */
    public OhlcvCsvFormat withTimestamps(TimestampFormat f) {
        return new OhlcvCsvFormat(symbol, dialect, time, open, high, low, close, volume, f, timeOffset, policy);
    }

    /** With another offset from the timestamp to the bar's end. */
    public OhlcvCsvFormat withTimeOffset(Duration d) {
        return new OhlcvCsvFormat(symbol, dialect, time, open, high, low, close, volume, timestamps, d, policy);
    }

    /** With another bad-row policy. */
    public OhlcvCsvFormat withPolicy(BadRowPolicy p) {
        return new OhlcvCsvFormat(symbol, dialect, time, open, high, low, close, volume, timestamps, timeOffset, p);
    }

    /** Opens {@code file} (plain or gzip). */
    public CsvMarketDataSource open(Path file) {
        return new CsvMarketDataSource(file.toString(), TextInput.text(file), dialect, policy, true, this::mapper);
    }

    /** Reads {@code in} (plain or gzip), calling it {@code name} in messages. */
    public CsvMarketDataSource open(String name, InputStream in) {
        return new CsvMarketDataSource(name, TextInput.text(name, in), dialect, policy, true, this::mapper);
    }

    private RowMapper mapper(String[] header) {
        int t = time.resolve(header);
        int o = open.resolve(header);
        int h = high.resolve(header);
        int l = low.resolve(header);
        int c = close.resolve(header);
        int v = volume.resolve(header);
        long offset = RowFields.offsetNanos(timeOffset);
        return f -> new Bar(symbol, RowFields.plusOffset(RowFields.time(f, t, time, timestamps), offset),
                RowFields.number(f, o, open), RowFields.number(f, h, high), RowFields.number(f, l, low),
                RowFields.number(f, c, close), RowFields.number(f, v, volume));
    }
}
