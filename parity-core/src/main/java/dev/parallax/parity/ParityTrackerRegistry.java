package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.parity.alert.AlertSink;
import dev.parallax.parity.alert.AlertSinkCatalog;
import dev.parallax.parity.alert.AlertSinkContext;
import dev.parallax.parity.state.DisableStateStore;
import dev.parallax.parity.state.ParityStateException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Hands out one {@link ParityTracker} per strategy, all sharing the same settings, state folder,
 * alert sinks and clock. Create one per application and pass it to what needs it; it is an
 * ordinary object, not a global. Thread-safe.
 *
 * <p>Two registries reading the same data folder see the same saved disable states, which is how a
 * disabled strategy stays disabled across a restart.
 */
public final class ParityTrackerRegistry {

    private final ParitySettings settings;
    private final Clock clock;
    private final DisableStateStore store;
    private final AlertBroadcaster alerts;
    private final List<AlertSink> sinks;
    private final ConcurrentMap<StrategyName, ParityTracker> trackers = new ConcurrentHashMap<>();

    /**
     * A registry whose trackers send alerts to a sink from every {@link AlertSinkCatalog#load()
     * discovered provider} (always including the SLF4J log and the alert log file) and to
     * {@code extraSinks}, and take times from {@code clock}.
     */
    public ParityTrackerRegistry(ParitySettings settings, Clock clock, List<AlertSink> extraSinks) {
        this.settings = notNull("settings", settings);
        this.clock = notNull("clock", clock);
        AlertSinkContext context = new AlertSinkContext(settings.alertLogFolder());
        List<AlertSink> all = new ArrayList<>(AlertSinkCatalog.load().createAll(context));
        all.addAll(notNull("extraSinks", extraSinks));
        this.sinks = List.copyOf(all);
        this.store = new DisableStateStore(settings.dataFolder());
        this.alerts = new AlertBroadcaster(sinks);
    }

    /** A registry with {@code settings}, the discovered alert sinks and the UTC system clock. */
    public static ParityTrackerRegistry create(ParitySettings settings) {
        return new ParityTrackerRegistry(settings, Clock.systemUTC(), List.of());
    }

    /**
     * The tracker of {@code strategy}, created on first use from the strategy's saved state.
     *
     * @throws IllegalArgumentException if the name could escape the data folder (see {@link StrategyName})
     * @throws ParityStateException     if the saved state file is corrupt; no tracker is created, so
     *                                  the strategy cannot be treated as enabled by mistake
     */
    public ParityTracker tracker(String strategy) {
        StrategyName name = StrategyName.of(strategy);
        return trackers.computeIfAbsent(name, n -> new ParityTracker(n, settings, store, alerts, clock));
    }

    /** Summaries of every tracker handed out so far, sorted by strategy. */
    public List<ParitySummary> summaries() {
        List<ParitySummary> out = new ArrayList<>();
        trackers.values().forEach(t -> out.add(t.summary()));
        out.sort((a, b) -> a.strategy().compareTo(b.strategy()));
        return List.copyOf(out);
    }

    /** The settings every tracker uses. */
    public ParitySettings settings() {
        return settings;
    }

    /** The sinks every alert goes to, discovered ones first. */
    public List<AlertSink> alertSinks() {
        return sinks;
    }

    /** The file where {@code strategy}'s disable state is saved. */
    public Path stateFile(String strategy) {
        return store.fileOf(StrategyName.of(strategy));
    }
}
