package dev.parallax.cli.config;

import dev.parallax.cli.CliException;
import java.time.Duration;

/** Short durations as users write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}. */
public final class Durations {

    private Durations() {
    }

    /**
     * The duration written in {@code text}: a positive whole number followed by {@code ms}, {@code s},
     * {@code m}, {@code h} or {@code d}.
     *
     * @throws CliException if {@code text} is not written that way or is not positive
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
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw bad(what, text);
        };
        if (d.isZero()) {
            throw bad(what, text);
        }
        return d;
    }

    private static CliException bad(String what, String text) {
        return new CliException(what + " must be a positive duration such as 500ms, 30s, 5m, 1h or 1d, was '"
                + text + "'");
    }
}
