package dev.parallax.cli.report;

/**
 * What a report figure measures, which says how the text and HTML reports print it. The JSON
 * report writes the number itself; docs/REPORT_JSON.md gives each key's unit.
 */
public enum MetricUnit {
    /** A fraction such as a return or a rate ({@code 0.0123}), printed as a percentage ({@code 1.23%}). */
    FRACTION,
    /** A ratio without unit (Sharpe, profit factor), printed with two decimals. */
    RATIO,
    /** An amount in the quote currency, printed with two decimals. */
    MONEY,
    /** A whole count, printed without decimals. */
    COUNT,
    /** Basis points, printed with two decimals. */
    BPS,
    /** Milliseconds, printed with one decimal. */
    MILLIS,
    /** Seconds, printed with one decimal. */
    SECONDS;

    /** {@code value} as the text and HTML reports print it; {@code n/a} for NaN. */
    public String format(double value) {
        return switch (this) {
            case FRACTION -> Format.percent(value);
            case RATIO, BPS -> Format.number(value, 2);
            case MONEY -> Format.money(value);
            case COUNT -> Format.number(value, 0);
            case MILLIS, SECONDS -> Format.number(value, 1);
        };
    }
}
