package dev.parallax.research;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The values a sweep tries for one setting, in order.
 *
 * @param name   the setting: a strategy setting name, or {@code kind.setting} for a model setting
 * @param values the values as the setting reads them, at least one, no repeats
 */
public record SettingValues(String name, List<String> values) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most values one range may produce. */
    public static final int MAX_VALUES = 1_000_000;

    /** Validates the name and the values. */
    public SettingValues {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("sweep setting name must not be blank, was '" + name + "'");
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("sweep setting '" + name + "' has no values; give a list of at least one"
                    + " value or a range");
        }
        values = List.copyOf(values);
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("sweep setting '" + name + "' repeats a value: " + values);
        }
        for (String v : values) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("sweep setting '" + name + "' has a blank value: " + values);
            }
        }
    }

    /**
     * The values {@code from, from + step, ...} up to {@code to} inclusive, computed in decimal so that
     * {@code 0.1} steps do not drift; written without a trailing {@code .0} (so an integer setting reads
     * them).
     *
     * @throws IllegalArgumentException if {@code to < from} (a reversed range), {@code step <= 0}, or the
     *                                  range holds more than {@link #MAX_VALUES} values
     */
    public static SettingValues range(String name, BigDecimal from, BigDecimal to, BigDecimal step) {
        if (from == null || to == null || step == null) {
            throw new IllegalArgumentException("sweep setting '" + name + "' range needs from, to and step, was from "
                    + from + " to " + to + " step " + step);
        }
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("sweep setting '" + name + "' range is reversed: from "
                    + from.toPlainString() + " is after to " + to.toPlainString());
        }
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("sweep setting '" + name + "' step must be > 0, was "
                    + step.toPlainString());
        }
        BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
            throw new IllegalArgumentException("sweep setting '" + name + "' range from " + from.toPlainString() + " to "
                    + to.toPlainString() + " step " + step.toPlainString() + " holds " + count.toPlainString()
                    + " values, more than " + MAX_VALUES);
        }
        List<String> values = new ArrayList<>(count.intValue());
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            values.add(plain(v));
        }
        return new SettingValues(name, values);
    }

    /** {@code v} without trailing zeros, in plain notation: 5, 0.25, 1000. */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
