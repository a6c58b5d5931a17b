package dev.parallax.cli.data;

import dev.parallax.cli.CliException;
import java.util.Locale;

/**
 * What the time written on a bar of an OHLCV or JSON-bars file means. The engine times a bar by its
 * end (the moment its close is known), so an {@link #OPEN} label is moved forward by the bar's length.
 */
public enum BarTime {
    /** The time is the start of the bar, as Binance klines, Yahoo and most CSV exports write it (the default). */
    OPEN("open"),
    /** The time is the end of the bar, the moment its close is known. */
    CLOSE("close");

    private final String label;

    BarTime(String label) {
        this.label = label;
    }

    /** The word users write. */
    public String label() {
        return label;
    }

    /**
     * The convention named {@code text}.
     *
     * @throws CliException when it is neither {@code open} nor {@code close}
     */
    public static BarTime parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (BarTime b : values()) {
            if (b.label.equals(t)) {
                return b;
            }
        }
        throw new CliException("bar time must be open or close, was '" + text + "'");
    }
}
