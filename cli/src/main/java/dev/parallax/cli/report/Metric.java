package dev.parallax.cli.report;

import dev.parallax.sim.api.Preconditions;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One figure of a report: a number with its unit, or (for a state such as the circuit breaker) a
 * text. The JSON report writes {@code key} and the number; the text and HTML reports print
 * {@code label} and the number formatted by its unit, so all three show the same value.
 *
 * @param key   stable snake_case name used in the JSON report ({@code max_drawdown_daily})
 * @param label what the text and HTML reports call it ({@code max drawdown, daily closes})
 * @param unit  how the number is printed; empty for a text figure
 * @param value the number; NaN where undefined, and NaN for a text figure
 * @param text  the text of a text figure; empty for a number
 */
public record Metric(String key, String label, Optional<MetricUnit> unit, double value, String text) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** Validates: a snake_case key, a label, and either a unit or a text. */
    public Metric {
        Preconditions.notNull("key", key);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be snake_case (a-z, 0-9 and single '_'), was '" + key + "'");
        }
        Preconditions.notBlank("label", label);
        Preconditions.notNull("unit", unit);
        Preconditions.notNull("text", text);
        if (unit.isPresent() == !text.isEmpty()) {
            throw new IllegalArgumentException("metric '" + key + "' must have a unit or a text, not "
                    + (unit.isPresent() ? "both" : "neither"));
        }
    }

    /** A number with its unit. */
    public static Metric of(String key, String label, MetricUnit unit, double value) {
        return new Metric(key, label, Optional.of(unit), value, "");
    }

    /** A text figure. */
    public static Metric text(String key, String label, String text) {
        return new Metric(key, label, Optional.empty(), Double.NaN, text);
    }

    /** The value as the text and HTML reports print it. */
    public String formatted() {
        return unit.map(u -> u.format(value)).orElse(text);
    }
}
