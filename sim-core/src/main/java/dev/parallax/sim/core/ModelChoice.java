package dev.parallax.sim.core;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;

/**
 * A model picked by provider name, with its settings.
 *
 * @param name     provider name, such as {@code maker-taker}
 * @param settings settings handed to the provider
 */
public record ModelChoice(String name, ModelSettings settings) {

    /** Validates that the name is set. */
    public ModelChoice {
        Preconditions.notBlank("name", name);
        Preconditions.notNull("settings", settings);
    }

    /** The model {@code name} with its default settings. */
    public static ModelChoice of(String name) {
        return new ModelChoice(name, ModelSettings.EMPTY);
    }

    /** The model {@code name} with settings from alternating keys and values. */
    public static ModelChoice of(String name, String... keysAndValues) {
        return new ModelChoice(name, ModelSettings.of(keysAndValues));
    }
}
