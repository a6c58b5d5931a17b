package dev.parallax.research;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Copies of settings maps that are sorted by key, unmodifiable and serializable. */
final class Settings {

    private Settings() {
    }

    /** A sorted, unmodifiable, serializable copy of {@code map}; {@code field} names it in errors. */
    static SortedMap<String, String> copy(String field, Map<String, String> map) {
        if (map == null) {
            throw new IllegalArgumentException(field + " must not be null; use an empty map");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException(field + " has a blank key, was " + map);
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(field + "." + e.getKey() + " must not be null");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
