package dev.parallax.live.export;

import java.math.BigDecimal;

/** Formats a number CSV cell; text cells go through {@link dev.parallax.sim.api.CsvText}. */
final class CsvCell {

    private CsvCell() {
    }

    /** A number cell in plain decimal notation, shortest exact form; empty for NaN or infinity. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
