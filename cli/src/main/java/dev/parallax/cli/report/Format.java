package dev.parallax.cli.report;

import java.util.Locale;

/** Number formatting shared by the text and HTML reports. */
public final class Format {

    private Format() {
    }

    /**
     * A fraction as a percentage with two decimals ({@code 0.0123} is {@code 1.23%}); {@code n/a} for
     * NaN. A value that rounds to zero prints as {@code 0.00%}, never {@code -0.00%}.
     */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        if (Double.isInfinite(fraction)) {
            return fraction > 0 ? "inf" : "-inf";
        }
        return unsigned(String.format(Locale.ROOT, "%.2f%%", fraction * 100));
    }

    /** A number with {@code decimals} decimals; {@code n/a} for NaN, {@code inf} for infinities. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return unsigned(String.format(Locale.ROOT, "%,." + decimals + "f", value));
    }

    /** {@code text} without its minus sign when every digit in it is zero ({@code -0.00} is {@code 0.00}). */
    private static String unsigned(String text) {
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    /** Money with two decimals. */
    public static String money(double value) {
        return number(value, 2);
    }
}
