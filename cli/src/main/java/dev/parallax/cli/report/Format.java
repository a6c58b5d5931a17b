package dev.parallax.cli.report;

import java.util.Locale;

/** Number formatting shared by the text and HTML reports. */
public final class Format {

    private Format() {
    }

    /** A fraction as a percentage with two decimals ({@code 0.0123} is {@code 1.23%}); {@code n/a} for NaN. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** A number with {@code decimals} decimals; {@code n/a} for NaN, {@code inf} for infinities. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Money with two decimals. */
    public static String money(double value) {
        return number(value, 2);
    }
}
