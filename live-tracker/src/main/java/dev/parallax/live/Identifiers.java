package dev.parallax.live;

/** Checks of the texts that identify trades and symbols: not blank, bounded, no control characters. */
final class Identifiers {

    /** Longest trade id or exit id accepted. */
    static final int MAX_ID_LENGTH = 128;
    /** Longest symbol accepted. */
    static final int MAX_SYMBOL_LENGTH = 64;

    private Identifiers() {
    }

    static String id(String field, String value) {
        return text(field, value, MAX_ID_LENGTH);
    }

    static String symbol(String field, String value) {
        return text(field, value, MAX_SYMBOL_LENGTH);
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " must have at most " + maxLength + " characters, was "
                    + value.length() + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must not contain control characters such as line breaks, was '"
                    + value.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return value;
    }
}
