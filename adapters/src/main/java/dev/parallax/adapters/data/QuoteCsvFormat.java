package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.Quote;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The layout of a quotes CSV file (timestamp, bid, ask, bid size, ask size), and the way to open one
 * as a stream of {@link Quote}s.
 *
 * @param symbol     the instrument every quote is for
 * @param dialect    delimiter and header
 * @param time       the timestamp column
 * @param bid        the best bid column
 * @param ask        the best ask column
 * @param bidSize    the bid size column
 * @param askSize    the ask size column
 * @param timestamps how the timestamps are written
 * @param policy     what to do with malformed rows
 */
public record QuoteCsvFormat(String symbol, CsvDialect dialect, Column time, Column bid, Column ask, Column bidSize,
                             Column askSize, TimestampFormat timestamps, BadRowPolicy policy) {

    /** Validates that every field is given. */
    public QuoteCsvFormat {
        notBlank("symbol", symbol);
        notNull("dialect", dialect);
        notNull("time", time);
        notNull("bid", bid);
        notNull("ask", ask);
        notNull("bidSize", bidSize);
        notNull("askSize", askSize);
        notNull("timestamps", timestamps);
        notNull("policy", policy);
    }

    /**
     * Comma-separated with a header naming {@code time, bid, ask, bid_size, ask_size}, epoch
     * milliseconds, strict.
     */
    public static QuoteCsvFormat of(String symbol) {
        return new QuoteCsvFormat(symbol, CsvDialect.DEFAULT, Column.named("time"), Column.named("bid"),
                Column.named("ask"), Column.named("bid_size"), Column.named("ask_size"),
                TimestampFormat.epochMillis(), BadRowPolicy.STRICT);
    }

    /** With another delimiter or header setting. */
    public QuoteCsvFormat withDialect(CsvDialect d) {
        return new QuoteCsvFormat(symbol, d, time, bid, ask, bidSize, askSize, timestamps, policy);
    }

    /** With other columns. */
    public QuoteCsvFormat withColumns(Column t, Column b, Column a, Column bs, Column as) {
        return new QuoteCsvFormat(symbol, dialect, t, b, a, bs, as, timestamps, policy);
    }

    /** With another timestamp notation. */
    public QuoteCsvFormat withTimestamps(TimestampFormat f) {
        return new QuoteCsvFormat(symbol, dialect, time, bid, ask, bidSize, askSize, f, policy);
    }

    /** With another bad-row policy. */
    public QuoteCsvFormat withPolicy(BadRowPolicy p) {
        return new QuoteCsvFormat(symbol, dialect, time, bid, ask, bidSize, askSize, timestamps, p);
    }

    /** Opens {@code file} (plain or gzip). */
    public CsvMarketDataSource open(Path file) {
        return new CsvMarketDataSource(file.toString(), TextInput.text(file), dialect, policy, false, this::mapper);
    }

    /** Reads {@code in} (plain or gzip), calling it {@code name} in messages. */
    public CsvMarketDataSource open(String name, InputStream in) {
        return new CsvMarketDataSource(name, TextInput.text(name, in), dialect, policy, false, this::mapper);
    }

    private RowMapper mapper(String[] header) {
        int t = time.resolve(header);
        int b = bid.resolve(header);
        int a = ask.resolve(header);
        int bs = bidSize.resolve(header);
        int as = askSize.resolve(header);
        return f -> new Quote(symbol, RowFields.time(f, t, time, timestamps), RowFields.number(f, b, bid),
                RowFields.number(f, a, ask), RowFields.number(f, bs, bidSize), RowFields.number(f, as, askSize));
    }
}
