package dev.parallax.adapters.data;

/**
 * Reads a {@code double} or a {@code long} straight from a range of a character buffer, with the
 * same result and the same accepted text as {@link Double#parseDouble} and {@link Long#parseLong}.
 *
 * <p>Plain decimals, the text of nearly every CSV file, are read here without making a
 * {@code String}; anything else (hex, {@code NaN}, a type suffix, more digits than fit, a far
 * exponent, invalid text) is handed to the JDK method, which parses it or throws
 * {@link NumberFormatException} as it always did.
 *
 * <p>Read here: decimals whose digits, leading zeros left out, are at most 18 and whose power of ten
 * (the exponent less the digits after the point) is within &plusmn;22; {@link DecimalRounding} turns
 * them into the nearest double.
 */
final class NumberParser {

    /** So many significant digits always fit in a long; a decimal with more is read by the JDK. */
    private static final int MAX_DIGITS = 18;
    /** Exponents are not read further than this; anything that large goes to the JDK anyway. */
    private static final int EXPONENT_CAP = 100_000;
    /** Long.MAX_VALUE without its last digit, for the 19-digit check. */
    private static final long MAX_DIV_10 = Long.MAX_VALUE / 10;
    private static final int MAX_LAST_DIGIT = (int) (Long.MAX_VALUE % 10);

    private NumberParser() {
    }

    /**
     * {@code Double.parseDouble(new String(chars, from, to - from))}, bit for bit.
     *
     * @throws NumberFormatException when {@code Double.parseDouble} would
     */
    static double parseDouble(char[] chars, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i] == '-';
            i++;
        }
        long significand = 0;
        int significantDigits = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        for (; i < to; i++) {
            char c = chars[i];
            int d = c - '0';
            if (d >= 0 && d <= 9) {
                digits++;
                if (inFraction) {
                    fractionDigits++;
                }
                if (significand != 0 || d != 0) {
                    significantDigits++;
                    significand = significand * 10 + d;
                    if (significantDigits > MAX_DIGITS) {
                        return jdkDouble(chars, from, to);
                    }
                }
            } else if (c == '.' && !inFraction) {
                inFraction = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return jdkDouble(chars, from, to);
        }
        int exponent = 0;
        if (i < to && (chars[i] == 'e' || chars[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (chars[i] == '-' || chars[i] == '+')) {
                negativeExponent = chars[i] == '-';
                i++;
            }
            int start = i;
            for (; i < to; i++) {
                int d = chars[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (exponent < EXPONENT_CAP) {
                    exponent = exponent * 10 + d;
                }
            }
            if (i == start) {
                return jdkDouble(chars, from, to);
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return jdkDouble(chars, from, to);
        }
        if (significand == 0) {
            return negative ? -0.0 : 0.0;
        }
        int power = exponent - fractionDigits;
        if (power < -DecimalRounding.MAX_POWER || power > DecimalRounding.MAX_POWER) {
            return jdkDouble(chars, from, to);
        }
        double value = DecimalRounding.toDouble(significand, power);
        if (Double.isNaN(value)) {
            return jdkDouble(chars, from, to);
        }
        return negative ? -value : value;
    }

    /**
     * {@code Long.parseLong(new String(chars, from, to - from))}.
     *
     * @throws NumberFormatException when {@code Long.parseLong} would
     */
    static long parseLong(char[] chars, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i] == '-';
            i++;
        }
        if (i == to) {
            return jdkLong(chars, from, to);
        }
        while (i < to && chars[i] == '0') {
            i++;
        }
        long value = 0;
        int significantDigits = 0;
        for (; i < to; i++) {
            int d = chars[i] - '0';
            if (d < 0 || d > 9) {
                return jdkLong(chars, from, to);
            }
            if (++significantDigits > MAX_DIGITS
                    && (significantDigits > MAX_DIGITS + 1 || value > MAX_DIV_10
                        || value == MAX_DIV_10 && d > MAX_LAST_DIGIT)) {
                // too large for a long, or Long.MIN_VALUE: the JDK says which
                return jdkLong(chars, from, to);
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    private static double jdkDouble(char[] chars, int from, int to) {
        return Double.parseDouble(new String(chars, from, to - from));
    }

    private static long jdkLong(char[] chars, int from, int to) {
        return Long.parseLong(new String(chars, from, to - from));
    }
}
