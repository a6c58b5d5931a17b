package dev.parallax.research;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.ModelChoice;
import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;

/**
 * An execution model chosen by provider name with its settings: the serializable form of
 * {@link ModelChoice}.
 *
 * @param name     provider name, not blank
 * @param settings provider settings
 */
public record NamedModel(String name, SortedMap<String, String> settings) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Validates the name and copies the settings. */
    public NamedModel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        settings = Settings.copy("settings", settings);
    }

    /** The model of {@code choice}. */
    public static NamedModel of(ModelChoice choice) {
        return new NamedModel(choice.name(), Settings.copy("settings", choice.settings().asMap()));
    }

    /** This model with {@code overrides} put over its settings. */
    public ModelChoice toChoice(Map<String, String> overrides) {
        java.util.TreeMap<String, String> merged = new java.util.TreeMap<>(settings);
        merged.putAll(overrides);
        return new ModelChoice(name, ModelSettings.of(merged));
    }
}
