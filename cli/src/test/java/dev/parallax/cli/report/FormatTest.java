package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void aValueThatRoundsToZeroNeverPrintsAMinusSign() {
        assertEquals("0.00%", Format.percent(-0.00001));
        assertEquals("0.0", Format.number(-0.04, 1));
        assertEquals("0", Format.number(-0.4, 0));
    }

    @Test
    void negativeValuesKeepTheirSign() {
        assertEquals("-1.5", Format.number(-1.5, 1));
        assertEquals("-0.01%", Format.percent(-0.0001));
        assertEquals("-1,234.50", Format.money(-1234.5));
        assertEquals("n/a", Format.percent(Double.NaN));
        assertEquals("-inf", Format.number(Double.NEGATIVE_INFINITY, 2));
    }
}
