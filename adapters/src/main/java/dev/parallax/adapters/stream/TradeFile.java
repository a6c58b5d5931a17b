package dev.parallax.adapters.stream;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.sim.api.data.MarketDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Trades a {@link TradeReplayServer} serves: a name for messages and a way to open them afresh for
 * each subscriber. Events that are not {@code TradeTick}s are passed over.
 *
 * @param name   the file or resource, in messages
 * @param opener opens a new stream of the trades, from the start
 */
public record TradeFile(String name, Supplier<MarketDataSource> opener) {

    /** Validates the fields. */
    public TradeFile {
        notBlank("name", name);
        notNull("opener", opener);
    }

    /**
     * A trades CSV file (plain or gzip) read with {@code format}.
     *
     * @throws IllegalArgumentException if the file does not exist or is not a readable regular file
     */
    public static TradeFile csv(Path file, TradeCsvFormat format) {
        notNull("file", file);
        notNull("format", format);
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new IllegalArgumentException("trades file " + absolute + (Files.exists(absolute)
                    ? " is not a readable file" : " does not exist") + "; give a trades CSV file");
        }
        return new TradeFile(absolute.toString(), () -> format.open(absolute));
    }

    /** Opens the trades from the start. */
    public MarketDataSource open() {
        return opener.get();
    }
}
