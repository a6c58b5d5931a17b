package dev.parallax.live.export;

import java.math.BigDecimal;

/** Formats one CSV cell: RFC 4180 quoting, and text that a spreadsheet would run as a formula defused. */
final class CsvCell {

    private CsvCell() {
    }

    /**
     * A text cell. Text starting with {@code = + - @}, a tab or a carriage return gets a leading
     * apostrophe so that a spreadsheet shows it instead of evaluating it; text with a comma, quote
     * or line break is quoted, quotes doubled.
     */
    static String text(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** A number cell in plain decimal notation, shortest exact form; empty for NaN or infinity. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
