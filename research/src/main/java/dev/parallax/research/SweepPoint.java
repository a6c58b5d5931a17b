package dev.parallax.research;

import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;

/**
 * One combination of a sweep: the settings it changes from the plan's base run, and the seed.
 *
 * @param index            position of the point in the sweep, {@code >= 0}; rows come back in this order
 * @param strategySettings strategy settings that replace or add to the base run's, by setting name
 * @param modelSettings    execution model settings, keyed {@code kind.setting} (such as
 *                         {@code slippage.bps}), that replace or add to the base run's models' settings
 * @param seed             seed of the execution simulator for this run
 */
public record SweepPoint(int index, SortedMap<String, String> strategySettings,
                         SortedMap<String, String> modelSettings, long seed) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Validates the index and copies the maps (sorted, unmodifiable, serializable). */
    public SweepPoint {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        strategySettings = Settings.copy("strategySettings", strategySettings);
        modelSettings = Settings.copy("modelSettings", modelSettings);
        for (String key : modelSettings.keySet()) {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new IllegalArgumentException("modelSettings key must be kind.setting (such as slippage.bps), was '"
                        + key + "'");
            }
        }
    }

    /** A point with plain maps, copied. */
    public static SweepPoint of(int index, Map<String, String> strategySettings, Map<String, String> modelSettings,
                                long seed) {
        return new SweepPoint(index, Settings.copy("strategySettings", strategySettings),
                Settings.copy("modelSettings", modelSettings), seed);
    }

    /** The same settings with another seed. */
    public SweepPoint withSeed(long newSeed) {
        return new SweepPoint(index, strategySettings, modelSettings, newSeed);
    }

    /** The same settings and seed at another index. */
    public SweepPoint withIndex(int newIndex) {
        return new SweepPoint(newIndex, strategySettings, modelSettings, seed);
    }

    /** Every chosen setting, strategy settings by name and model settings as {@code kind.setting}. */
    public SortedMap<String, String> allSettings() {
        java.util.TreeMap<String, String> all = new java.util.TreeMap<>(strategySettings);
        all.putAll(modelSettings);
        return java.util.Collections.unmodifiableSortedMap(all);
    }
}
