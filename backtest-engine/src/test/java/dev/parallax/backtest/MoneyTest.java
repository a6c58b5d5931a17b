package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static String formatter(double amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    @Test
    void groupsThousandsAndRoundsHalfUpFromTheShortestDecimal() {
        assertEquals("1,234,567.89", Money.text(1_234_567.891));
        assertEquals("999.99", Money.text(999.99));
        assertEquals("1,000.00", Money.text(999.995));
        // 1.005 is 1.00499999999999989... in binary; its shortest decimal is 1.005, which rounds up
        assertEquals("1.01", Money.text(1.005));
        assertEquals("-0.00", Money.text(-0.001));
        assertEquals("-0.00", Money.text(-0.0));
        assertEquals("0.00", Money.text(0.0));
        assertEquals("-12,345.68", Money.text(-12_345.675));
    }

    @Test
    void matchesTheFormatterOnEdgeCases() {
        double[] amounts = {0.0, -0.0, 0.005, 0.015, 0.025, 0.125, 0.375, 1.005, 2.675, 10.005, 100.0, 999.995,
            1_000.0, 9_999.995, 99_999.995, 100_000.0, 123_456.785, 1e7, 12_345_678.125, 1e15, 9.87654321e17, 1e22,
            Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double a : amounts) {
            assertEquals(formatter(a), Money.text(a), () -> "amount " + a);
            assertEquals(formatter(-a), Money.text(-a), () -> "amount " + -a);
        }
    }

    @Test
    void matchesTheFormatterOnSeededAmountsOfEveryMagnitude() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            double a;
            switch (i % 4) {
                case 0 -> a = rng.nextDouble() * Math.pow(10, rng.nextInt(-4, 16));
                // amounts with few decimals, where half-way cases sit
                case 1 -> a = rng.nextLong(0, 100_000_000_000L) / 1000.0;
                case 2 -> a = rng.nextLong(0, 10_000_000L) / 8.0;
                default -> a = Double.longBitsToDouble(rng.nextLong() & 0x7fef_ffff_ffff_ffffL);
            }
            double amount = rng.nextBoolean() ? a : -a;
            assertEquals(formatter(amount), Money.text(amount), () -> "amount " + amount);
        }
    }
}
