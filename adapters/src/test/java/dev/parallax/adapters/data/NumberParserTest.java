package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberParser} against the JDK on edge cases and on a few hundred thousand seeded random
 * texts: every text gives the same bits as {@link Double#parseDouble} / {@link Long#parseLong}, or is
 * rejected with {@link NumberFormatException} exactly when they reject it. Each text is also read
 * from the middle of a larger buffer, so a parser reading past its range would be caught.
 */
class NumberParserTest {

    private static final String[] DOUBLE_EDGES = {
        "", "-", "+", ".", "-.", "+.", "e", "e5", ".e5", "5.", ".5", "-.5", "+.5", "-5.", "0", "-0", "+0", "0.0",
        "-0.0", "-0e0", "0e999999999", "-0e-999999999", "00000", "000.000", "0.5", "00000000000000000000001.5",
        "1.5000000000000000000000000000", "1e", "1e+", "1e-", "1e+-5", "1ee5", "1e5.5", "1.2.3", "1..2", "1.5e3",
        "1.5E3", "1.5e+3", "1.5e-3", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "infinity", "0x1p3",
        "0x1.8p1", "1d", "1f", "1.5D", "1.5F", " 1", "1 ", "1_000", "1,5", "\u0661\u0662", "\uff11", "1e0x",
        "9007199254740992", "9007199254740993", "9007199254740991", "9007199254740995", "18014398509481985",
        "18014398509481986", "18014398509481990", "999999999999999999", "999999999999999999e22",
        "999999999999999999e-22", "100000000000000001e-22", "0.000000000000000000000000000000000000001e-10", "-9007199254740993", "90071992547409921",
        "123456789012345678", "1234567890123456789", "12345678901234567890123", "0.1", "0.2", "0.3",
        "1e22", "1e23", "1e-22", "1e-23", "9e22", "9007199254740991e22", "9007199254740991e-22",
        "9007199254740993e-22", "4.9e-324", "2.4e-324", "2.5e-324", "1e-400", "1e309", "-1e309",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072014E-308",
        "2.2250738585072011E-308", "1e2147483647", "1e2147483648", "1e-2147483648", "1e99999999999999999999",
        "0.000000000000000000000000000000000000001", "100.01", "1.1400000000000001", "1.3599999999999999",
        "99.99", "123456.789e-3", "-123456.789e3", "3.14159265358979323846", "2.718281828459045",
    };

    private static final String[] LONG_EDGES = {
        "", "-", "+", "0", "-0", "+0", "00000000000000000000000000000001", "-000000000000000000000000000042",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "+9223372036854775807", "09223372036854775807", "99999999999999999999", "999999999999999999",
        "1000000000000000000", "1700000000000", "1.0", "1e3", " 1", "1 ", "1_000", "0x10", "--1", "+-1",
        "\u0661\u0662\u0663", "\uff11\uff12", "1a", "a1",
    };

    @Test
    void parseDoubleGivesTheJdkResultForEveryEdgeCase() {
        for (String text : DOUBLE_EDGES) {
            assertSameDouble(text);
        }
    }

    @Test
    void parseLongGivesTheJdkResultForEveryEdgeCase() {
        for (String text : LONG_EDGES) {
            assertSameLong(text);
        }
    }

    @Test
    void parseDoubleGivesTheJdkResultForRandomDecimalText() {
        SplittableRandom random = new SplittableRandom(20240607L);
        for (int i = 0; i < 150_000; i++) {
            assertSameDouble(randomDecimal(random));
        }
    }

    @Test
    void parseDoubleGivesTheJdkResultForTheShortestAndLongerTextOfRandomDoubles() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 40_000; i++) {
            double value = switch (random.nextInt(4)) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-25, 25));
                case 2 -> Math.round(random.nextDouble() * 1_000_000) / 100.0;
                default -> random.nextInt(1, 100) + random.nextInt(100) / 100.0;
            };
            assertSameDouble(Double.toString(value));
            if (!Double.isFinite(value)) {
                continue;
            }
            assertSameDouble(new BigDecimal(value).toPlainString());
            assertSameDouble(new BigDecimal(value).round(new MathContext(random.nextInt(1, 20))).toString());
        }
    }

    @Test
    void parseDoubleGivesTheJdkResultHalfwayBetweenNeighbouringDoubles() {
        // the hardest inputs for rounding: exactly and nearly halfway between two doubles
        SplittableRandom random = new SplittableRandom(99L);
        for (int i = 0; i < 50_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-20, 20));
            BigDecimal halfway = new BigDecimal(value).add(new BigDecimal(Math.nextUp(value))).divide(BigDecimal.valueOf(2));
            assertSameDouble(halfway.toString());
            assertSameDouble(halfway.round(new MathContext(17)).toString());
            assertSameDouble(halfway.round(new MathContext(16)).toString());
        }
    }

    @Test
    void parseDoubleGivesTheJdkResultForSignificandsAbove2To53AndEveryExactPowerOfTen() {
        // significands a double cannot hold, where the result is corrected in integer arithmetic;
        // integers just above 2^53, 2^54, ... are often exactly halfway between two doubles
        SplittableRandom random = new SplittableRandom(53L);
        for (int i = 0; i < 100_000; i++) {
            long significand = random.nextBoolean()
                    ? random.nextLong(1L << 53, 1_000_000_000_000_000_000L)
                    : (1L << random.nextInt(53, 60)) + random.nextInt(-64, 64);
            int power = random.nextInt(-22, 23);
            assertSameDouble(significand + "e" + power);
            String digits = Long.toString(significand);
            int point = random.nextInt(digits.length() + 1);
            assertSameDouble(digits.substring(0, point) + "." + digits.substring(point));
        }
    }

    @Test
    void parseLongGivesTheJdkResultForRandomIntegerText() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int i = 0; i < 200_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            String text = Long.toString(value);
            if (random.nextInt(4) == 0) {
                text = (value < 0 ? "-" : "+") + "0".repeat(random.nextInt(1, 25)) + Long.toString(Math.abs(value));
            }
            if (random.nextInt(8) == 0) {
                text = text + random.nextInt(10); // often one digit too many: overflow
            }
            if (random.nextInt(16) == 0) {
                text = mutate(text, random);
            }
            assertSameLong(text);
        }
    }

    private static String randomDecimal(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> text.append('-');
            case 1 -> text.append(random.nextInt(8) == 0 ? "+" : "");
            default -> { }
        }
        if (random.nextInt(6) == 0) {
            text.append("0".repeat(random.nextInt(1, 12)));
        }
        appendDigits(text, random, random.nextInt(random.nextBoolean() ? 4 : 22));
        if (random.nextInt(4) != 0) {
            text.append('.');
            appendDigits(text, random, random.nextInt(random.nextBoolean() ? 4 : 22));
        }
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E');
            int sign = random.nextInt(3);
            text.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
            appendDigits(text, random, random.nextInt(random.nextInt(8) == 0 ? 6 : 3));
        }
        return random.nextInt(20) == 0 ? mutate(text.toString(), random) : text.toString();
    }

    private static void appendDigits(StringBuilder text, SplittableRandom random, int count) {
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
    }

    private static String mutate(String text, SplittableRandom random) {
        String[] junk = {".", "e", "E", "-", "+", " ", "d", "f", "x", "_", "\u0663", "NaN", "0x"};
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + junk[random.nextInt(junk.length)] + text.substring(at);
    }

    private static void assertSameDouble(String text) {
        char[] padded = ("9.9e9" + text + "12.5e").toCharArray();
        Object expected;
        try {
            expected = Double.doubleToRawLongBits(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            expected = NumberFormatException.class;
        }
        Object actual;
        try {
            actual = Double.doubleToRawLongBits(NumberParser.parseDouble(padded, 5, 5 + text.length()));
        } catch (NumberFormatException e) {
            actual = NumberFormatException.class;
        } catch (RuntimeException e) {
            actual = fail("'" + text + "' threw " + e, e);
        }
        assertEquals(expected, actual, () -> "'" + text + "': expected " + describe(text));
    }

    private static void assertSameLong(String text) {
        char[] padded = ("77" + text + "99").toCharArray();
        Object expected;
        try {
            expected = Long.parseLong(text);
        } catch (NumberFormatException e) {
            expected = NumberFormatException.class;
        }
        Object actual;
        try {
            actual = NumberParser.parseLong(padded, 2, 2 + text.length());
        } catch (NumberFormatException e) {
            actual = NumberFormatException.class;
        } catch (RuntimeException e) {
            actual = fail("'" + text + "' threw " + e, e);
        }
        assertEquals(expected, actual, () -> "'" + text + "'");
    }

    private static String describe(String text) {
        try {
            return Double.toString(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return "rejection";
        }
    }
}
