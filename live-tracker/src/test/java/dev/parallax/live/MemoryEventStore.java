package dev.parallax.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A store in memory: for a clean replay to compare with, and for tests that need no file. */
public final class MemoryEventStore implements LiveEventStore {

    private final List<LiveEvent> events = new ArrayList<>();
    private final Map<String, String> info = new HashMap<>();
    private final Map<String, Long> digests = new HashMap<>();
    private final Map<String, InputPosition> positions = new HashMap<>();
    private final Set<String> refused = new HashSet<>();
    private final boolean keepsInputIds;

    /** A store that keeps input ids and positions. */
    public MemoryEventStore() {
        this(true);
    }

    private MemoryEventStore(boolean keepsInputIds) {
        this.keepsInputIds = keepsInputIds;
    }

    /** A store like those written before input ids existed: it refuses events with an origin. */
    public static MemoryEventStore withoutInputIds() {
        return new MemoryEventStore(false);
    }

    @Override
    public List<LiveEvent> load() {
        return List.copyOf(events);
    }

    @Override
    public void append(List<LiveEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public void append(List<LiveEvent> batch, EventOrigin origin) {
        if (!keepsInputIds) {
            LiveEventStore.super.append(batch, origin);
        }
        if (digests.containsKey(origin.inputId())) {
            throw new LiveStoreException("input id " + origin.inputId() + " is already stored");
        }
        events.addAll(batch);
        digests.put(origin.inputId(), EventDigest.of(batch.get(0)));
        origin.position().ifPresent(p -> positions.put(p.source(), p));
    }

    @Override
    public void appendRefusal(LiveEntry entry, EventOrigin origin) {
        if (!keepsInputIds) {
            LiveEventStore.super.appendRefusal(entry, origin);
        }
        digests.put(origin.inputId(), EventDigest.of(entry));
        refused.add(origin.inputId());
        origin.position().ifPresent(p -> positions.put(p.source(), p));
    }

    @Override
    public Set<String> refusedInputIds() {
        return Set.copyOf(refused);
    }

    @Override
    public Map<String, Long> inputDigests() {
        return Map.copyOf(digests);
    }

    @Override
    public Optional<InputPosition> inputPosition(String source) {
        return Optional.ofNullable(positions.get(source));
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
