package dev.parallax.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of money as the engine's messages show it: two decimals, rounded half up from the
 * amount's shortest decimal form, with a comma between each group of three integer digits, the text
 * {@code String.format(Locale.ROOT, "%,.2f", amount)} gives. Written out because a refused order's
 * message shows several amounts and {@code Formatter} builds each in microseconds; this takes a
 * fraction of that. NaN and the infinities go through {@code String.format}.
 */
final class Money {

    private Money() {
    }

    /** {@code amount} with two decimals and grouped thousands, for example {@code -1,234,567.89}. */
    static String text(double amount) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            return String.format(Locale.ROOT, "%,.2f", amount);
        }
        // Formatter's sign rule: -0.0 and amounts that round to zero keep their minus sign
        boolean negative = Double.compare(amount, 0.0) < 0;
        String digits = new BigDecimal(Double.toString(Math.abs(amount))).setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
        int point = digits.length() - 3;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (negative) {
            out.append('-');
        }
        int lead = point % 3 == 0 ? 3 : point % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < point; i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.append(digits, point, digits.length()).toString();
    }
}
