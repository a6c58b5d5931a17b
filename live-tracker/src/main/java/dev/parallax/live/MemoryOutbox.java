package dev.parallax.live;

import dev.parallax.alert.Alert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outbox in memory, for alerts that have no durable outbox: those of a store that keeps none, and
 * parity alerts whose fill could not be written. What it holds is lost if the process dies.
 */
final class MemoryOutbox implements AlertOutbox {

    private final Map<String, Alert> waiting = new LinkedHashMap<>();

    /** Adds {@code alerts} after those already waiting. */
    synchronized void add(List<Alert> alerts) {
        alerts.forEach(alert -> waiting.putIfAbsent(alert.id(), alert));
    }

    @Override
    public synchronized List<Alert> pending(int max) {
        List<Alert> out = new ArrayList<>(Math.min(max, waiting.size()));
        for (Alert alert : waiting.values()) {
            if (out.size() == max) {
                break;
            }
            out.add(alert);
        }
        return out;
    }

    @Override
    public synchronized void delivered(Alert alert) {
        waiting.remove(alert.id());
    }
}
