package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void formulasAndTextStartingWithAnApostropheGetOneMore() {
        assertEquals("'=1+1", CsvText.cell("=1+1"));
        assertEquals("''=1+1", CsvText.cell("'=1+1"));
        assertEquals("'''", CsvText.cell("''"));
        assertEquals("'-5", CsvText.cell("-5"));
        assertEquals("plain", CsvText.cell("plain"));
        assertEquals("it's", CsvText.cell("it's"));
        assertEquals("", CsvText.cell(""));
        assertEquals("\"'=a,b\"", CsvText.cell("=a,b"));
        assertNotEquals(CsvText.cell("=x"), CsvText.cell("'=x"));
    }
}
