package dev.parallax.cli.data;

import dev.parallax.cli.CliException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The market-data file layouts the command reads (the readers of the {@code adapters} module). */
public enum DataFormat {
    /** Trades CSV {@code timestamp,price,amount} with epoch seconds (the Bitstamp layout), turned into time bars. */
    TRADES("trades"),
    /** OHLCV CSV {@code time,open,high,low,close,volume} with ISO date-times in UTC. */
    OHLCV("ohlcv"),
    /** JSON bars {@code time,open,high,low,close,volume} with epoch milliseconds, an array or JSON Lines. */
    JSON_BARS("json-bars");

    private final String label;

    DataFormat(String label) {
        this.label = label;
    }

    /** The name users write. */
    public String label() {
        return label;
    }

    /**
     * The format named {@code text}.
     *
     * @throws CliException for an unknown name, listing the known ones
     */
    public static DataFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DataFormat f : values()) {
            if (f.label.equals(t)) {
                return f;
            }
        }
        throw new CliException("unknown data format '" + text + "'; known formats: "
                + Arrays.stream(values()).map(DataFormat::label).collect(Collectors.joining(", ")));
    }
}
