package dev.parallax.cli.config;

import dev.parallax.cli.CliException;
import dev.parallax.cli.UsageException;
import java.time.Duration;

/** Short durations as users write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}. */
public final class Durations {

    /** The most whole days whose nanoseconds fit in a long, which times and bar lengths are counted in. */
    private static final long MAX_DAYS = Long.MAX_VALUE / Duration.ofDays(1).toNanos();
    private static final java.util.Set<String> UNITS = java.util.Set.of("ms", "s", "m", "h", "d");

    private Durations() {
    }

    /**
     * The duration written in {@code text}: a positive whole number followed by {@code ms}, {@code s},
     * {@code m}, {@code h} or {@code d}, at most 106751 days (what nanoseconds in a long hold).
     *
     * @throws CliException if {@code text} is not written that way, is not positive or is too long
     */
    public static Duration parse(String what, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        int split = 0;
        while (split < t.length() && Character.isDigit(t.charAt(split))) {
            split++;
        }
        String unit = t.substring(split);
        long amount;
        try {
            amount = Long.parseLong(t.substring(0, split));
        } catch (NumberFormatException e) {
            throw bad(what, text);
        }
        if (!UNITS.contains(unit)) {
            throw bad(what, text);
        }
        Duration d;
        try {
            d = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            d.toNanos();
        } catch (ArithmeticException e) {
            throw UsageException.of(what, what + " must be at most " + MAX_DAYS + "d (292 years), was '" + text + "'", e);
        }
        if (d.isZero()) {
            throw bad(what, text);
        }
        return d;
    }

    /**
     * {@code d} as users write it, in the largest unit that divides it: {@code 1d}, {@code 5m},
     * {@code 90s}, {@code 250ms}; what {@link #parse} reads back. Nanoseconds that are not whole
     * milliseconds are written as ISO-8601 ({@code PT0.0000005S}).
     */
    public static String format(Duration d) {
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        String[] names = {"d", "h", "m", "s", "ms"};
        if (d.isNegative() || d.isZero() || d.toNanosPart() % 1_000_000 != 0) {
            return d.toString();
        }
        long millis = d.toMillis();
        for (int i = 0; i < units.length; i++) {
            if (millis % units[i] == 0) {
                return (millis / units[i]) + names[i];
            }
        }
        return d.toString();
    }

    private static CliException bad(String what, String text) {
        return UsageException.of(what, what + " must be a positive duration such as 500ms, 30s, 5m, 1h or 1d, was '"
                + text + "'");
    }
}
