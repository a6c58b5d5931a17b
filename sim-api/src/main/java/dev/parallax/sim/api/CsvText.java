package dev.parallax.sim.api;

/**
 * Text for one CSV cell, safe to open in a spreadsheet: every CSV export in Parallax writes its
 * text cells through here, so the defence lives in one place.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * {@code value} as a cell. Text starting with {@code = + - @}, a tab or a carriage return gets a
     * leading apostrophe so that a spreadsheet shows it instead of evaluating it as a formula. Text
     * that already starts with an apostrophe gets one too, so the rule can be undone: a reader that
     * drops one leading apostrophe, if there is one, gets the value back, and {@code "=x"} and
     * {@code "'=x"} stay distinct ({@code '=x} and {@code ''=x}). Text with a comma, quote or line
     * break is then quoted (RFC 4180), quotes doubled.
     */
    public static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r'".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
