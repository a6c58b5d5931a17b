package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void quotedFieldsMayHoldTheDelimiterAndDoubledQuotes() {
        assertArrayEquals(new String[] {"a", "b,c", "say \"hi\"", ""},
                CsvDialect.DEFAULT.split("a, \"b,c\",\"say \"\"hi\"\"\","));
    }

    @Test
    void tabsSplitAndFieldsAreTrimmed() {
        assertArrayEquals(new String[] {"1", "2", "3"}, new CsvDialect('\t', false).split(" 1\t2 \t3"));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> CsvDialect.DEFAULT.split("a,\"b"));
    }

    @Test
    void quotesMayOpenAndCloseAnywhereInAFieldAndQuotedBlanksAreTrimmedToo() {
        assertArrayEquals(new String[] {"xyz", "a", "", "", "1;2", "\"", "b c"},
                new CsvDialect(';', true).split("x\"y\"z; \" a \" ;;\"\";\"1;2\";\"\"\"\";b c"));
    }

    @Test
    void aLineWithoutFieldsHasOneEmptyFieldAndEachDelimiterAddsOne() {
        assertArrayEquals(new String[] {""}, CsvDialect.DEFAULT.split(""));
        assertArrayEquals(new String[] {"", "", ""}, CsvDialect.DEFAULT.split(" , ,\t"));
    }
}
