package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.AlertSink;
import dev.parallax.alert.AlertSinkCatalog;
import dev.parallax.alert.AlertSinkContext;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what a {@link LiveExecutionTracker} is wired to. Unset parts default to: the SQLite file
 * {@link LiveTrackerSettings#databaseFile()}, a sink from every discovered alert sink provider, no
 * parity tracker, and the UTC system clock.
 */
public final class LiveTrackerBuilder {

    /** How many events the tracker records between two snapshots of its state, unless told otherwise. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 10_000;
    /**
     * The most snapshot bytes written per recorded event: a snapshot is written only once the events
     * recorded since the last one, times this, reach that snapshot's size. A snapshot holds the open
     * trades, the day tallies and an attached parity tracker's one-sided executions (and, on a store
     * that keeps no parity trades, its completed ones), so without this bound a long history could
     * make every {@code snapshotEvery}-th event write (and fsync) megabytes; with it, writing snapshots
     * adds at most this many bytes per event,
     * and an open replays at most {@code max(snapshotEvery, size / this)} events after the snapshot.
     */
    public static final int SNAPSHOT_BYTES_PER_EVENT = 1024;
    /** Name under which the initial balance is saved in the store. */
    static final String INITIAL_BALANCE = "initial_balance";
    /** Name under which the strategy is saved in the store. */
    static final String STRATEGY = "strategy";
    /** Name under which the account's position mode ({@link PositionMode#name()}) is saved in the store. */
    static final String POSITION_MODE = "position_mode";

    private final LiveTrackerSettings settings;
    private Optional<LiveEventStore> store = Optional.empty();
    private Optional<List<AlertSink>> sinks = Optional.empty();
    private Optional<ParityTracker> parity = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private AlertDelivery delivery = AlertDelivery.DEFAULT;
    private boolean readOnly;
    private int snapshotEvery = DEFAULT_SNAPSHOT_EVERY;

    LiveTrackerBuilder(LiveTrackerSettings settings) {
        this.settings = notNull("settings", settings);
    }

    /** Keeps events in {@code value} (a PostgreSQL store, say) instead of the SQLite file. */
    public LiveTrackerBuilder store(LiveEventStore value) {
        this.store = Optional.of(notNull("store", value));
        return this;
    }

    /**
     * Delivers the tracker's alerts (risk alerts, and parity alerts raised by its fills) to exactly
     * {@code value} instead of the discovered sinks.
     */
    public LiveTrackerBuilder alertSinks(List<AlertSink> value) {
        this.sinks = Optional.of(List.copyOf(notNull("alertSinks", value)));
        return this;
    }

    /** Offers every live fill to {@code value}. */
    public LiveTrackerBuilder parity(ParityTracker value) {
        this.parity = Optional.of(notNull("parity", value));
        return this;
    }

    /**
     * Offers every live fill to the registry's tracker of the strategy, and delivers the tracker's
     * alerts to the registry's alert sinks unless {@link #alertSinks} chose others. The parity alerts
     * a live fill raises then go through the live tracker's outbox, not straight to the sinks.
     */
    public LiveTrackerBuilder parity(ParityTrackerRegistry registry) {
        notNull("registry", registry);
        this.parity = Optional.of(registry.tracker(settings.strategy()));
        if (sinks.isEmpty()) {
            this.sinks = Optional.of(registry.alertSinks());
        }
        return this;
    }

    /** Retries, backoff and the drain on close of alert delivery; {@link AlertDelivery#DEFAULT} unless set. */
    public LiveTrackerBuilder alertDelivery(AlertDelivery value) {
        this.delivery = notNull("alertDelivery", value);
        return this;
    }

    /** Takes times (reset times, the out-of-order check, {@link LiveExecutionTracker#canEnter()}) from {@code value}. */
    public LiveTrackerBuilder clock(Clock value) {
        this.clock = notNull("clock", value);
        return this;
    }

    /**
     * Opens the SQLite file for reading only ({@link JdbcLiveEventStore#sqliteReadOnly}): the tracker
     * shows what is recorded, even while another process records into the file, and refuses to
     * record. Such a tracker delivers no alert, not even those an earlier writer left undelivered.
     * Ignored when {@link #store} chose a store.
     */
    public LiveTrackerBuilder readOnly() {
        this.readOnly = true;
        return this;
    }

    /**
     * Saves a snapshot of the tracker's state in the transaction of every {@code value}-th event
     * (and on close), so that opening replays at most {@code value} events after loading it;
     * default {@link #DEFAULT_SNAPSHOT_EVERY}. Fewer events between snapshots open faster and write
     * more. Once a snapshot is larger than {@code value * }{@link #SNAPSHOT_BYTES_PER_EVENT} bytes
     * (many open trades, days or one-sided parity executions), snapshots are spaced further apart, one
     * per that many bytes. The completed trades of an attached parity tracker are written with each
     * snapshot on a store that keeps them ({@link LiveEventStore#keepsParityTrades()}).
     *
     * @throws IllegalArgumentException if {@code value} is not {@code >= 1}
     */
    public LiveTrackerBuilder snapshotEvery(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("snapshotEvery must be >= 1, was " + value);
        }
        this.snapshotEvery = value;
        return this;
    }

    /**
     * Opens the store, checks that it belongs to this strategy, initial balance and position mode
     * (saving them on first use; a store written before position modes were saved holds a per-trade
     * account, which a writer then saves), and rebuilds the state: from the newest snapshot and the
     * events after it, or from every event when there is no snapshot or it does not check out.
     *
     * @throws LiveStoreException if the store cannot be opened, is corrupt or newer, or was created
     *                            for another strategy, initial balance or position mode (the message
     *                            names both modes and the store); the store is closed again
     */
    public LiveExecutionTracker open() {
        LiveEventStore events = store.orElseGet(() -> readOnly ? JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())
                : JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try {
            checkIdentity(events);
            List<AlertSink> alertSinks = sinks.orElseGet(() ->
                    AlertSinkCatalog.load().createAll(new AlertSinkContext(settings.alertLogFolder())));
            return new LiveExecutionTracker(settings, events, alertSinks, delivery, parity, clock, snapshotEvery);
        } catch (RuntimeException e) {
            events.close();
            throw e;
        }
    }

    private void checkIdentity(LiveEventStore events) {
        String balance = Double.toString(settings.initialBalance());
        boolean created = events.info(STRATEGY).isPresent();
        check(events, STRATEGY, settings.strategy(), "strategy");
        check(events, INITIAL_BALANCE, balance, "initial balance");
        PositionMode kept = created ? positionMode(events) : settings.positionMode();
        if (kept != settings.positionMode()) {
            throw new LiveStoreException(events.location() + " keeps a " + kept + " account, but the settings say "
                    + settings.positionMode() + "; open it with position mode " + kept + ", or use another data "
                    + "folder for a " + settings.positionMode() + " account");
        }
        if (events.info(POSITION_MODE).isEmpty() && !events.readOnly()) {
            events.putInfo(POSITION_MODE, kept.name());
        }
    }

    /**
     * The position mode of the account {@code store} keeps: the one saved when it was created, or
     * {@link PositionMode#PER_TRADE} for a store written before modes were saved (every account was
     * per trade then).
     *
     * @throws LiveStoreException if the saved mode is not a position mode
     */
    public static PositionMode positionMode(LiveEventStore store) {
        notNull("store", store);
        Optional<String> saved = store.info(POSITION_MODE);
        if (saved.isEmpty()) {
            return PositionMode.PER_TRADE;
        }
        try {
            return PositionMode.valueOf(saved.get());
        } catch (IllegalArgumentException e) {
            throw new LiveStoreException(store.location() + " saves position mode '" + saved.get() + "', which is not "
                    + "NETTING or PER_TRADE; it was not written by a live tracker", e);
        }
    }

    private static void check(LiveEventStore events, String name, String expected, String what) {
        Optional<String> saved = events.info(name);
        if (saved.isEmpty() && events.readOnly()) {
            throw new LiveStoreException(events.location() + " has no saved " + what + "; it was not written by a "
                    + "live tracker");
        } else if (saved.isEmpty()) {
            events.putInfo(name, expected);
        } else if (!saved.get().equals(expected)) {
            throw new LiveStoreException(events.location() + " was created with " + what + " " + saved.get()
                    + ", but the settings say " + expected + "; use the same " + what + " or another data folder");
        }
    }
}
