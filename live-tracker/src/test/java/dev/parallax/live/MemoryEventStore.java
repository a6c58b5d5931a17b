package dev.parallax.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store in memory: for a clean replay to compare with, and for tests that need no file. */
public final class MemoryEventStore implements LiveEventStore {

    private final List<LiveEvent> events = new ArrayList<>();
    private final Map<String, String> info = new HashMap<>();

    @Override
    public List<LiveEvent> load() {
        return List.copyOf(events);
    }

    @Override
    public void append(List<LiveEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public Optional<String> info(String name) {
        return Optional.ofNullable(info.get(name));
    }

    @Override
    public void putInfo(String name, String value) {
        info.put(name, value);
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
