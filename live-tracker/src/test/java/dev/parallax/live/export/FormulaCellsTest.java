package dev.parallax.live.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.sim.api.CsvText;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whatever text a trade id or symbol holds, the cell written for it, once a spreadsheet has
 * unquoted it, does not start with a character that makes the spreadsheet evaluate a formula
 * ({@code = + - @}, tab, carriage return), and it reads back as the text with at most an apostrophe
 * in front.
 */
class FormulaCellsTest {

    static final int TEXTS_TRIED = 50_000;
    private static final String ALPHABET = "=+-@\t\r\n\",;' aZ9|!()\u00a0\uff1d";

    @Test
    void noTextCellCanStartAFormulaAndEveryCellReadsBackAsItsText() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < TEXTS_TRIED; i++) {
            StringBuilder text = new StringBuilder();
            int length = rnd.nextInt(8);
            for (int c = 0; c < length; c++) {
                text.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String value = text.toString();
            String shown = unquote(CsvText.cell(value));
            assertFalse(!shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0, "formula cell for '" + value + "'");
            assertEquals(value, shown.startsWith("'") ? shown.substring(1) : shown, "shown " + shown);
        }
    }

    /** The cell's text as a CSV reader gives it. */
    static String unquote(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
