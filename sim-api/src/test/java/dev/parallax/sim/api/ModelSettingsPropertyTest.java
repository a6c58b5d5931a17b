package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Settings come from users (configuration files, the command line): whatever keys and values they
 * hold, building and reading them either works or fails with an {@link IllegalArgumentException}
 * that says what was wrong. Seeded, so a failure repeats.
 */
class ModelSettingsPropertyTest {

    static final int TRIES = 1_000;

    @Property(tries = TRIES, seed = "9001")
    void anyKeysAndValuesEitherBuildSettingsOrAreRejectedWithAMessage(
            @ForAll("keysAndValues") String[] keysAndValues) {
        Fuzz.worksOrRejected(() -> ModelSettings.of(keysAndValues));
    }

    @Property(tries = TRIES, seed = "9002")
    void readingAnyValueAsANumberGivesAFiniteNumberOrAMessageNamingTheSetting(@ForAll("values") String value) {
        ModelSettings settings = ModelSettings.of("k", value);
        Fuzz.worksOrRejected(() -> {
            double d = settings.getDouble("k", 0);
            assertFalse(Double.isNaN(d) || Double.isInfinite(d), "not finite: " + d);
        }, "'k'");
        Fuzz.worksOrRejected(() -> settings.getLong("k", 0), "'k'");
        Fuzz.worksOrRejected(() -> {
            for (double d : settings.getDoubles("k")) {
                assertFalse(Double.isNaN(d) || Double.isInfinite(d), "not finite: " + d);
            }
        }, "'k'");
    }

    @Property(tries = 200, seed = "9003")
    void settingsThatWereBuiltKeepEveryEntry(@ForAll("maps") Map<String, String> values) {
        ModelSettings settings = ModelSettings.of(values);
        assertEquals(values, settings.asMap());
        assertEquals(settings, ModelSettings.of(settings.asMap()));
    }

    @Provide
    Arbitrary<String[]> keysAndValues() {
        Arbitrary<String> element = Arbitraries.oneOf(values(), Arbitraries.just(null), Arbitraries.just(" "));
        return element.array(String[].class).ofMaxSize(7);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789.,-+eE xNaIfinty").ofMaxLength(20),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1e400", "0x1p3", "9223372036854775808", "1,2,,3",
                        " 42 ", "", ",", "1_000", "١٢٣"),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf));
    }

    @Provide
    Arbitrary<Map<String, String>> maps() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), values()).ofMaxSize(6);
    }
}
