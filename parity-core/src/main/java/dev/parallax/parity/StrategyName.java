package dev.parallax.parity;

import java.util.regex.Pattern;

/**
 * The name of a strategy, checked so that it can name a file inside the parity data folder
 * without escaping it.
 *
 * <p>Allowed: 1 to 128 characters from letters, digits, {@code .}, {@code _} and {@code -}, not
 * starting with a dot (so neither {@code .} nor {@code ..} nor a hidden file). Everything else is
 * rejected, in particular path separators ({@code /}, {@code \}), control characters, spaces and
 * the empty string.
 *
 * @param value the name as given
 */
public record StrategyName(String value) {

    private static final int MAX_LENGTH = 128;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9._\\-]*");

    /** Rejects names that are empty, too long, or could leave the data folder. */
    public StrategyName {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("strategy must not be empty, was "
                    + (value == null ? "null" : "''"));
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("strategy must have at most " + MAX_LENGTH
                    + " characters, was " + value.length() + " characters long");
        }
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("strategy must use only letters, digits, '.', '_' and '-' "
                    + "and must not start with '.', so it cannot leave the data folder; was '"
                    + printable(value) + "'");
        }
    }

    /** The checked name of {@code value}. */
    public static StrategyName of(String value) {
        return new StrategyName(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
