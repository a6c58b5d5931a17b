package dev.parallax.live.bot;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.sim.api.Side;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The two calls a trading bot makes to keep a live record: {@link #afterEntry} once a fill opened a
 * trade, {@link #afterExit} once a fill closed all or part of it. Fills are timed by the hook's
 * clock when the call is made. The calls never throw: a fill that cannot be recorded (bad input,
 * the circuit breaker, a store failure) is logged at ERROR with the reason and the call returns
 * false. Ask {@link #entryAllowed()} before sending an entry order.
 *
 * <p>{@link #DISABLED} does nothing: it opens no database, allocates nothing and always allows
 * entries.
 */
public interface LiveTrackerHook extends AutoCloseable {

    /** The hook that records nothing. */
    LiveTrackerHook DISABLED = new DisabledHook();

    /**
     * The hook the environment asks for (see {@link BotHookSettings}): {@link #DISABLED} unless
     * {@code LIVE_TRACKER_ENABLED=true}, else a tracker of {@code strategy} on its database: the
     * PostgreSQL database of {@code LIVE_TRACKER_DB_URL} when set (the strategy's schema there, its
     * writer lock held while the hook is open), else the SQLite file in {@code LIVE_TRACKER_DATA_DIR}.
     *
     * @throws IllegalArgumentException            if a variable is malformed or the strategy name is unsafe
     * @throws dev.parallax.live.LiveStoreException if the database cannot be used
     */
    static LiveTrackerHook fromEnvironment(String strategy, Map<String, String> environment) {
        BotHookSettings settings = BotHookSettings.fromEnvironment(environment);
        if (!settings.enabled()) {
            return DISABLED;
        }
        LiveTrackerSettings tracker = LiveTrackerSettings
                .builder(strategy, settings.dataFolder(), settings.initialBalance())
                .limits(settings.limits()).build();
        if (settings.database().isEmpty()) {
            return new TrackingHook(LiveExecutionTracker.open(tracker), Clock.systemUTC());
        }
        JdbcLiveEventStore store = JdbcLiveEventStore.postgresql(settings.database().get(), strategy);
        return new TrackingHook(LiveExecutionTracker.builder(tracker).store(store).open(), Clock.systemUTC());
    }

    /** A hook recording into {@code tracker}, timing fills by {@code clock}. */
    static LiveTrackerHook tracking(LiveExecutionTracker tracker, Clock clock) {
        return new TrackingHook(notNull("tracker", tracker), notNull("clock", clock));
    }

    /** Records the fill that opened {@code tradeId}; true when it was recorded. */
    boolean afterEntry(String tradeId, String symbol, Side side, double size, double price, double fee);

    /** Records a fill that closed {@code size} of {@code tradeId}; true when it was recorded. */
    boolean afterExit(String tradeId, double size, double price, double fee);

    /** False while the circuit breaker refuses new entries. */
    boolean entryAllowed();

    /** True when fills are recorded. */
    boolean isEnabled();

    /** The tracker behind the hook, for reports and exports; empty when disabled. */
    Optional<LiveExecutionTracker> tracker();

    /** Closes the database, if any. */
    @Override
    void close();
}
