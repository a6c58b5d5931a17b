package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.ModelProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every model provider on the class path, created through {@link ModelLookup} with random settings (its own keys, found from the
 * message that lists them, with random values, plus now and then an unknown key): creating the
 * model either works or fails with an {@link IllegalArgumentException} naming the model and the
 * settings given. Nothing
 * else escapes and nothing hangs.
 */
class ModelProviderSettingsFuzzTest {

    static final int TRIES = 500;
    private static final Pattern ALLOWED = Pattern.compile("allowed: \\[([^]]*)]");
    private static final String[] VALUES = {"0", "1", "-1", "2.5", "1e9", "-1e-9", "NaN", "Infinity", "", " ", "abc",
        "1,2,3", "3,2,1", "0,0", "-5,10", "true", "false", "9223372036854775807", "1e400", "0.0001", "100", "1000000",
        "binance", "vip9", "UTC", "Mars/Olympus"};

    private static final ModelLookup LOOKUP = ModelLookup.fromClasspath();
    private static final List<Named> PROVIDERS = providers();

    /** A provider and how to create its model through the lookup. */
    private record Named(ModelProvider<?> provider, BiFunction<String, ModelSettings, Object> lookup) {
    }

    @Property(tries = TRIES, seed = "777")
    void anySettingsEitherCreateTheModelOrAreRejectedNamingASetting(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Named named = PROVIDERS.get(rnd.nextInt(PROVIDERS.size()));
        ModelProvider<?> provider = named.provider();
        List<String> keys = allowedKeys(provider);
        Map<String, String> values = new TreeMap<>();
        int count = rnd.nextInt(keys.size() + 2);
        for (int i = 0; i < count; i++) {
            String key = keys.isEmpty() || rnd.nextInt(8) == 0 ? "no_such_key" : keys.get(rnd.nextInt(keys.size()));
            String value = rnd.nextInt(4) == 0 ? Double.toString(rnd.nextDouble() * 200 - 50)
                    : VALUES[rnd.nextInt(VALUES.length)];
            values.put(key, value);
        }
        ModelSettings settings = ModelSettings.of(values);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                named.lookup().apply(provider.name(), settings);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                assertFalse(message == null || message.isBlank(), provider.name() + " rejected without a message");
                assertTrue(message.contains("'" + provider.name() + "'") && message.contains(values.toString()),
                        provider.name() + ": the message should name the model and the settings given: " + message);
            } catch (RuntimeException e) {
                fail(provider.name() + " with " + values + " threw " + e, e);
            }
        });
    }

    static List<Named> providers() {
        List<Named> all = new ArrayList<>();
        LOOKUP.fees().providers().forEach(p -> all.add(new Named(p, LOOKUP::fee)));
        LOOKUP.latencies().providers().forEach(p -> all.add(new Named(p, LOOKUP::latency)));
        LOOKUP.slippages().providers().forEach(p -> all.add(new Named(p, LOOKUP::slippage)));
        LOOKUP.queues().providers().forEach(p -> all.add(new Named(p, LOOKUP::queue)));
        LOOKUP.fills().providers().forEach(p -> all.add(new Named(p, LOOKUP::fill)));
        return List.copyOf(all);
    }

    /** The keys a provider accepts, read from the message its unknown-key check gives. */
    static List<String> allowedKeys(ModelProvider<?> provider) {
        try {
            provider.create(ModelSettings.of("no_such_key", "1"));
        } catch (IllegalArgumentException e) {
            Matcher m = ALLOWED.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                return m.group(1).isBlank() ? List.of() : Arrays.stream(m.group(1).split(",\\s*")).toList();
            }
        }
        fail(provider.name() + " accepted an unknown setting or did not list the allowed ones");
        return List.of();
    }
}
