package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.AlertSink;
import dev.parallax.alert.AlertSinkCatalog;
import dev.parallax.alert.AlertSinkContext;
import dev.parallax.parity.state.DisableStateStore;
import dev.parallax.parity.state.LimitsStore;
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
 * disabled strategy stays disabled across a restart. Each tracker also saves the limits it runs
 * under next to its disable state.
 */
public final class ParityTrackerRegistry {

    private final ParitySettings settings;
    private final Clock clock;
    private final DisableStateStore store;
    private final LimitsStore limitsStore;
    private final AlertBroadcaster alerts;
    private final List<AlertSink> sinks;
    private final ConcurrentMap<StrategyName, ParityTracker> trackers = new ConcurrentHashMap<>();

    /**
     * A registry whose trackers send alerts to a sink from every {@link AlertSinkCatalog#load()
     * discovered provider} (always including the SLF4J log and the alert log file) and to
     * {@code extraSinks}, and take times from {@code clock}.
     */
    public ParityTrackerRegistry(ParitySettings settings, Clock clock, List<AlertSink> extraSinks) {
        this(settings, clock, List.copyOf(discovered(notNull("settings", settings),
                notNull("extraSinks", extraSinks))), (Void) null);
    }

    /** Every constructor ends here, with the exact list of sinks. */
    private ParityTrackerRegistry(ParitySettings settings, Clock clock, List<AlertSink> sinks, Void exact) {
        this.settings = notNull("settings", settings);
        this.clock = notNull("clock", clock);
        this.sinks = List.copyOf(sinks);
        this.store = new DisableStateStore(settings.dataFolder());
        this.limitsStore = new LimitsStore(settings.dataFolder());
        this.alerts = new AlertBroadcaster(this.sinks);
    }

    /**
     * A registry whose trackers send alerts to {@code sinks} and nowhere else: no provider is
     * discovered, so not even the SLF4J log or the alert log file hear of them. With an empty list
     * nothing is delivered at all, which is what a replay of recorded trades needs.
     */
    public static ParityTrackerRegistry withSinks(ParitySettings settings, Clock clock, List<AlertSink> sinks) {
        return new ParityTrackerRegistry(settings, clock, notNull("sinks", sinks), (Void) null);
    }

    private static List<AlertSink> discovered(ParitySettings settings, List<AlertSink> extraSinks) {
        List<AlertSink> all = new ArrayList<>(AlertSinkCatalog.load()
                .createAll(new AlertSinkContext(settings.alertLogFolder())));
        all.addAll(extraSinks);
        return all;
    }

    /** A registry with {@code settings}, the discovered alert sinks and the UTC system clock. */
    public static ParityTrackerRegistry create(ParitySettings settings) {
        return new ParityTrackerRegistry(settings, Clock.systemUTC(), List.of());
    }

    /**
     * The tracker of {@code strategy}, created on first use from the strategy's saved state. On
     * creation the limits of these settings ({@link ParitySettings#limits()}) are saved in the
     * strategy's limits file ({@link LimitsStore}) unless it already holds them, so a later replay
     * can judge the recorded trades as this tracker does.
     *
     * @throws IllegalArgumentException if the name could escape the data folder (see {@link StrategyName})
     * @throws ParityStateException     if the saved state file or limits file is corrupt, or the limits
     *                                  cannot be saved; no tracker is created, so the strategy cannot
     *                                  be treated as enabled by mistake
     */
    public ParityTracker tracker(String strategy) {
        StrategyName name = StrategyName.of(strategy);
        return trackers.computeIfAbsent(name, n -> {
            ParityTracker tracker = new ParityTracker(n, settings, store, alerts, clock);
            limitsStore.saveIfChanged(n.value(), settings.limits(), clock.instant());
            return tracker;
        });
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

    /** The file where {@code strategy}'s limits are saved. */
    public Path limitsFile(String strategy) {
        return limitsStore.fileOf(StrategyName.of(strategy));
    }

    /** The file where {@code strategy}'s disable state is saved. */
    public Path stateFile(String strategy) {
        return store.fileOf(StrategyName.of(strategy));
    }
}
