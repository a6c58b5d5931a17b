package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalRounding} on its own, so that a correction that fails to settle (and would be hidden
 * by the parser's fall-back to the JDK) is caught: every significand and power in range must give
 * the double {@link Double#parseDouble} gives.
 */
class DecimalRoundingTest {

    @Test
    void everySignificandAndPowerInRangeGivesTheDoubleTheJdkGives() {
        SplittableRandom random = new SplittableRandom(2L);
        for (int i = 0; i < 200_000; i++) {
            long significand = switch (random.nextInt(4)) {
                case 0 -> random.nextLong(DecimalRounding.SIGNIFICAND_LIMIT);
                case 1 -> random.nextLong(1L << 53, DecimalRounding.SIGNIFICAND_LIMIT);
                case 2 -> (1L << random.nextInt(53, 60)) + random.nextInt(-64, 64);
                default -> random.nextLong(1, 1L << 20);
            };
            int power = random.nextInt(-DecimalRounding.MAX_POWER, DecimalRounding.MAX_POWER + 1);
            String text = significand + "e" + power;
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(DecimalRounding.toDouble(significand, power)), text);
        }
    }

    @Test
    void theExtremesOfTheRangeGiveTheDoubleTheJdkGives() {
        long[] significands = {0, 1, (1L << 53) - 1, 1L << 53, (1L << 53) + 1, (1L << 54) + 2,
            DecimalRounding.SIGNIFICAND_LIMIT - 1};
        for (long significand : significands) {
            for (int power = -DecimalRounding.MAX_POWER; power <= DecimalRounding.MAX_POWER; power++) {
                String text = significand + "e" + power;
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                        Double.doubleToRawLongBits(DecimalRounding.toDouble(significand, power)), text);
            }
        }
    }
}
