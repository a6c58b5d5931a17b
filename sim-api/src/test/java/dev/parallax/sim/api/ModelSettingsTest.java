package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {

    @Test
    void valuesAreParsedAndDefaultsFillTheGaps() {
        ModelSettings s = ModelSettings.of("maker_bps", " 2.5 ", "count", "7", "samples_ms", "1, 2.5,3");
        assertEquals(2.5, s.getDouble("maker_bps", 5));
        assertEquals(10.0, s.getDouble("taker_bps", 10));
        assertEquals(7L, s.getLong("count", 0));
        assertArrayEquals(new double[] {1, 2.5, 3}, s.getDoubles("samples_ms"));
        assertArrayEquals(new double[0], s.getDoubles("missing"));
    }

    @Test
    void aValueThatIsNotANumberNamesTheKeyAndTheValue() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ModelSettings.of("maker_bps", "five").getDouble("maker_bps", 0));
        assertEquals("setting 'maker_bps' must be a number, was 'five'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelSettings.of("x", "NaN").getDouble("x", 0));
        assertThrows(IllegalArgumentException.class, () -> ModelSettings.of("x", "1,oops").getDoubles("x"));
    }

    @Test
    void anIntSettingBeyondWhatAnIntHoldsIsRejectedInsteadOfWrapped() {
        ModelSettings s = ModelSettings.of("fast", "99999999999", "slow", "-2147483648", "lookback", "2147483647");
        var e = assertThrows(IllegalArgumentException.class, () -> s.getInt("fast", 5));
        assertEquals("setting 'fast' must be a whole number from -2147483648 to 2147483647, was '99999999999'",
                e.getMessage());
        assertEquals(Integer.MIN_VALUE, s.getInt("slow", 20));
        assertEquals(Integer.MAX_VALUE, s.getInt("lookback", 20));
        assertEquals(20, s.getInt("missing", 20));
    }

    @Test
    void anUnknownKeyIsRejectedListingTheAllowedOnes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ModelSettings.of("makr_bps", "1").requireOnly("fee model 'maker-taker'", Set.of("maker_bps")));
        assertEquals("unknown setting(s) [makr_bps] for fee model 'maker-taker'; allowed: [maker_bps]", e.getMessage());
    }

    @Test
    void anOddNumberOfArgumentsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ModelSettings.of("a", "1", "b"));
    }

    @Test
    void aNullKeyIsRejectedWithAMessageInsteadOfANullPointerException() {
        var e = assertThrows(IllegalArgumentException.class, () -> ModelSettings.of(null, "1"));
        assertEquals("settings key must not be blank, was null", e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRejectedRatherThanSilentlyOverwritten() {
        var e = assertThrows(IllegalArgumentException.class, () -> ModelSettings.of("a", "1", "a", "2"));
        assertEquals("setting 'a' is given twice; give each key once", e.getMessage());
    }
}
