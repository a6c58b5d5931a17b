package dev.parallax.sim.api;

/**
 * Argument checks shared by the value types and models. Every failure is an
 * {@link IllegalArgumentException} whose message names the field, the value and the rule,
 * for example {@code size must be > 0, was -3.0}.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not negative. */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite (NaN and the infinities are rejected). */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it lies in the closed range {@code [min, max]}. */
    public static double inRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is not negative. */
    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is neither null nor blank. */
    public static String notBlank(String field, String value) {
        if (value != null && !value.isEmpty()) {
            char first = value.charAt(0);
            if (first > ' ' && first < 0x7F) {
                return value; // printable ASCII is never whitespace: the common case, without a scan
            }
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was " + quoted(value));
        }
        return value;
    }

    /** Returns {@code value} if it is not null. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
