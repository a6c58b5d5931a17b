package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout of a trades CSV file (timestamp, price, amount, and optionally the aggressor side), and
 * the way to open one as a stream of {@link TradeTick}s.
 *
 * <p>The side column, when there is one, reads {@code buy}/{@code b}/{@code buyer} as
 * {@link Aggressor#BUYER}, {@code sell}/{@code s}/{@code seller} as {@link Aggressor#SELLER}, and
 * an empty field or {@code unknown} as {@link Aggressor#UNKNOWN}, ignoring case; anything else is a
 * bad row.
 *
 * @param symbol     the instrument every trade is for
 * @param dialect    delimiter and header
 * @param time       the timestamp column
 * @param price      the price column
 * @param amount     the quantity column
 * @param side       the aggressor column, or empty when the file has none
 * @param timestamps how the timestamps are written
 * @param policy     what to do with malformed rows
 */
public record TradeCsvFormat(String symbol, CsvDialect dialect, Column time, Column price, Column amount,
                             Optional<Column> side, TimestampFormat timestamps, BadRowPolicy policy) {

    /** Validates that every field is given. */
    public TradeCsvFormat {
        notBlank("symbol", symbol);
        notNull("dialect", dialect);
        notNull("time", time);
        notNull("price", price);
        notNull("amount", amount);
        notNull("side", side);
        notNull("timestamps", timestamps);
        notNull("policy", policy);
    }

    /**
     * Comma-separated with a header naming {@code timestamp, price, amount} (the Bitstamp layout), no
     * side column, epoch seconds, strict.
     */
    public static TradeCsvFormat of(String symbol) {
        return new TradeCsvFormat(symbol, CsvDialect.DEFAULT, Column.named("timestamp"), Column.named("price"),
                Column.named("amount"), Optional.empty(), TimestampFormat.epochSeconds(), BadRowPolicy.STRICT);
    }

    /** With another delimiter or header setting. */
    public TradeCsvFormat withDialect(CsvDialect d) {
        return new TradeCsvFormat(symbol, d, time, price, amount, side, timestamps, policy);
    }

    /** With other timestamp, price and amount columns. */
    public TradeCsvFormat withColumns(Column t, Column p, Column a) {
        return new TradeCsvFormat(symbol, dialect, t, p, a, side, timestamps, policy);
    }

    /** With an aggressor side column. */
    public TradeCsvFormat withSide(Column s) {
        return new TradeCsvFormat(symbol, dialect, time, price, amount, Optional.of(s), timestamps, policy);
    }

    /** With another timestamp notation. */
    public TradeCsvFormat withTimestamps(TimestampFormat f) {
        return new TradeCsvFormat(symbol, dialect, time, price, amount, side, f, policy);
    }

    /** With another bad-row policy. */
    public TradeCsvFormat withPolicy(BadRowPolicy p) {
        return new TradeCsvFormat(symbol, dialect, time, price, amount, side, timestamps, p);
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
        int p = price.resolve(header);
        int a = amount.resolve(header);
        int s = side.map(c -> c.resolve(header)).orElse(-1);
        return f -> new TradeTick(symbol, RowFields.time(f, t, time, timestamps), RowFields.number(f, p, price),
                RowFields.number(f, a, amount), s < 0 ? Aggressor.UNKNOWN : aggressor(RowFields.text(f, s, side.get())));
    }

    private static Aggressor aggressor(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "buy", "b", "buyer" -> Aggressor.BUYER;
            case "sell", "s", "seller" -> Aggressor.SELLER;
            case "", "unknown" -> Aggressor.UNKNOWN;
            default -> throw new IllegalArgumentException("side must be buy, sell or empty, was '" + raw + "'");
        };
    }
}
