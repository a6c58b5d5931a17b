package dev.parallax.sim.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings a model is created from: string keys mapped to string values, as they come from a
 * config file or command-line flags. Immutable.
 *
 * <p>Readers convert and check a value when it is asked for, and a bad value fails with a message
 * that names the key, the value and the rule. A provider should call {@link #requireOnly} first,
 * so that a misspelt key fails loudly instead of being silently ignored.
 */
public final class ModelSettings {

    /** Settings with no entries: every model falls back to its defaults. */
    public static final ModelSettings EMPTY = new ModelSettings(Map.of());

    private final Map<String, String> values;

    private ModelSettings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Settings holding a copy of {@code values}; keys and values must not be null. */
    public static ModelSettings of(Map<String, String> values) {
        Preconditions.notNull("settings", values);
        values.forEach((k, v) -> {
            Preconditions.notBlank("settings key", k);
            Preconditions.notNull("setting '" + k + "'", v);
        });
        return new ModelSettings(values);
    }

    /**
     * Settings from alternating keys and values: {@code of("maker_bps", "2", "taker_bps", "4")}.
     *
     * @throws IllegalArgumentException for an odd count, a blank or null key, a null value, or a key given twice
     */
    public static ModelSettings of(String... keysAndValues) {
        Preconditions.notNull("keysAndValues", keysAndValues);
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "settings need key/value pairs, got an odd count " + keysAndValues.length);
        }
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = Preconditions.notBlank("settings key", keysAndValues[i]);
            if (map.put(key, Preconditions.notNull("setting '" + key + "'", keysAndValues[i + 1])) != null) {
                throw new IllegalArgumentException("setting '" + key + "' is given twice; give each key once");
            }
        }
        return of(map);
    }

    /** The entries, sorted by key. */
    public Map<String, String> asMap() {
        return values;
    }

    /** True if {@code key} is set. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * Fails if any key is not in {@code allowed}; the message names the model, the unknown keys
     * and the keys that are allowed.
     */
    public ModelSettings requireOnly(String model, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown setting(s) " + unknown + " for " + model
                    + "; allowed: " + new TreeSet<>(allowed));
        }
        return this;
    }

    /** The value of {@code key} as a finite double, or {@code fallback} when it is not set. */
    public double getDouble(String key, double fallback) {
        String raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        return parseDouble(key, raw.trim());
    }

    /** The value of {@code key} as a long, or {@code fallback} when it is not set. */
    public long getLong(String key, long fallback) {
        String raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a whole number, was '" + raw + "'");
        }
    }

    /**
     * The value of {@code key} as an int, or {@code fallback} when it is not set.
     *
     * @throws IllegalArgumentException if the value is not a whole number an {@code int} can hold
     */
    public int getInt(String key, int fallback) {
        long value = getLong(key, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("setting '" + key + "' must be a whole number from " + Integer.MIN_VALUE
                    + " to " + Integer.MAX_VALUE + ", was '" + values.get(key) + "'");
        }
        return (int) value;
    }

    /** The value of {@code key}, or {@code fallback} when it is not set. */
    public String getString(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * The value of {@code key} as a comma-separated list of finite doubles, or an empty array when it
     * is not set.
     */
    public double[] getDoubles(String key) {
        String raw = values.get(key);
        if (raw == null || raw.isBlank()) {
            return new double[0];
        }
        return Arrays.stream(raw.split(","))
                .map(String::trim)
                .mapToDouble(s -> parseDouble(key, s))
                .toArray();
    }

    private static double parseDouble(String key, String raw) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a number, was '" + raw + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("setting '" + key + "' must be a finite number, was '" + raw + "'");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSettings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
