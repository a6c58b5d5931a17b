package dev.parallax.cli.research;

import dev.parallax.cli.CliException;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.research.SettingValues;
import dev.parallax.research.SweepSpace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the {@code sweep:} section of a config file into a {@link SweepSpace}; a bad value is a {@link CliException}. */
public final class SweepSection {

    private static final Set<String> RANGE_KEYS = Set.of("from", "to", "step");

    private SweepSection() {
    }

    /** How the points are drawn. */
    public enum Mode {
        /** Every combination. */
        GRID,
        /** A seeded sample of combinations. */
        RANDOM
    }

    /**
     * The space of {@code sweep}.
     *
     * @throws CliException when the section is missing, empty, or holds a value that is not a list or a range
     */
    public static SweepSpace space(BacktestFile.SweepFile sweep) {
        if (sweep == null) {
            throw new CliException("the config file has no 'sweep' section; add one with the settings to vary, such as"
                    + " sweep: {settings: {fast: [5, 10], slow: {from: 20, to: 60, step: 10}}}");
        }
        try {
            return new SweepSpace(values("sweep.settings", sweep.settings()), values("sweep.models", sweep.models()));
        } catch (IllegalArgumentException e) {
            throw new CliException("config " + e.getMessage(), e);
        }
    }

    /** The mode of {@code sweep}: grid unless it says random. */
    public static Mode mode(BacktestFile.SweepFile sweep) {
        String m = sweep.mode() == null ? "grid" : sweep.mode().trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "grid" -> Mode.GRID;
            case "random" -> {
                if (sweep.samples() == null) {
                    throw new CliException("config sweep.mode random needs sweep.samples, the number of points to draw");
                }
                yield Mode.RANDOM;
            }
            default -> throw new CliException("config sweep.mode must be grid or random, was '" + sweep.mode() + "'");
        };
    }

    private static List<SettingValues> values(String where, Map<String, Object> section) {
        List<SettingValues> out = new ArrayList<>();
        if (section == null) {
            return out;
        }
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String field = where + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                List<String> texts = new ArrayList<>();
                for (Object o : list) {
                    if (o == null || o instanceof Map || o instanceof List) {
                        throw new CliException("config " + field + " must list plain values, had " + o);
                    }
                    texts.add(scalar(o));
                }
                out.add(checked(field, () -> new SettingValues(e.getKey(), texts)));
            } else if (v instanceof Map<?, ?> range) {
                for (Object k : range.keySet()) {
                    if (!RANGE_KEYS.contains(String.valueOf(k))) {
                        throw new CliException("config " + field + " has unknown key '" + k + "'; a range has from, to "
                                + "and step");
                    }
                }
                out.add(checked(field, () -> SettingValues.range(e.getKey(), number(field, "from", range.get("from")),
                        number(field, "to", range.get("to")), number(field, "step", range.get("step")))));
            } else {
                throw new CliException("config " + field + " must be a list of values or a range {from, to, step}, was "
                        + v);
            }
        }
        return out;
    }

    private static SettingValues checked(String field, java.util.function.Supplier<SettingValues> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new CliException("config " + field + ": " + e.getMessage(), e);
        }
    }

    private static BigDecimal number(String field, String key, Object value) {
        if (value == null) {
            throw new CliException("config " + field + " range needs '" + key + "'");
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new CliException("config " + field + "." + key + " must be a number, was '" + value + "'", e);
        }
    }

    /** A plain value as text: numbers without a trailing {@code .0}, so integer settings read them. */
    private static String scalar(Object o) {
        if (o instanceof Number n) {
            return SettingValues.plain(new BigDecimal(n.toString()));
        }
        return o.toString();
    }
}
