package dev.parallax.backtest.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.sim.api.CsvText;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whatever a symbol holds, its cell cannot start a spreadsheet formula and reads back as the symbol
 * once unquoted and stripped of one leading apostrophe, if it has one.
 */
class TradesCsvFormulaTest {

    static final int TEXTS_TRIED = 50_000;
    private static final String ALPHABET = "=+-@\t\r\n\",;' aZ9|!()\u00a0\uff1d";

    @Test
    void noSymbolCellCanStartAFormulaAndEveryCellReadsBackAsItsText() {
        SplittableRandom rnd = new SplittableRandom(6);
        for (int i = 0; i < TEXTS_TRIED; i++) {
            StringBuilder text = new StringBuilder();
            int length = rnd.nextInt(8);
            for (int c = 0; c < length; c++) {
                text.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String value = text.toString();
            String cell = CsvText.cell(value);
            String shown = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                    ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
            assertFalse(!shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0, "formula cell for '" + value + "'");
            assertEquals(value, shown.startsWith("'") ? shown.substring(1) : shown, "cell " + cell);
        }
    }
}
