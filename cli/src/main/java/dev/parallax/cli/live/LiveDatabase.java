package dev.parallax.cli.live;

import dev.parallax.cli.CliException;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveEventStore;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.LiveTrackerBuilder;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.RiskLimits;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.metrics.MetricOptions;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The live tracker databases of a command: {@code <data>/live/<strategy>_live.db} in a data folder,
 * or the strategy's schema in the PostgreSQL database of {@code --db} ({@link LiveLocation}); alerts
 * go to {@code <data>/logs} either way. The strategy name is checked by parity-core's
 * {@link StrategyName}, so it cannot leave the folder.
 */
public final class LiveDatabase {

    private LiveDatabase() {
    }

    /** The folder of the databases. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("live");
    }

    /** The settings of {@code strategy} in {@code dataDir}, a per-trade account. */
    public static LiveTrackerSettings settings(Path dataDir, String strategy, double balance, RiskLimits limits) {
        return settings(dataDir, strategy, balance, limits, PositionMode.PER_TRADE);
    }

    /** The settings of {@code strategy} in {@code dataDir}, an account of position mode {@code mode}. */
    public static LiveTrackerSettings settings(Path dataDir, String strategy, double balance, RiskLimits limits,
                                               PositionMode mode) {
        LiveLocation.of(dataDir);
        try {
            StrategyName.of(strategy);
            return LiveTrackerSettings.builder(strategy, folder(dataDir), balance).limits(limits)
                    .alertLogFolder(dataDir.resolve("logs")).positionMode(mode).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** The database file of {@code strategy} in {@code dataDir}, whether or not it exists. */
    public static Path file(Path dataDir, String strategy) {
        return settings(dataDir, strategy, 1, RiskLimits.DEFAULTS).databaseFile();
    }

    /** True if something is recorded for {@code strategy} at {@code location}; creates nothing. */
    public static boolean exists(LiveLocation location, String strategy) {
        if (location.database().isEmpty()) {
            return Files.isRegularFile(file(location.dataDir(), strategy));
        }
        return JdbcLiveEventStore.postgresqlHolds(location.database().get(), checked(strategy));
    }

    /**
     * A tracker builder of {@code settings} on the store of {@code location}: the SQLite file of the
     * settings, or the strategy's schema in the PostgreSQL database; for reading only when
     * {@code readOnly}.
     */
    public static LiveTrackerBuilder builder(LiveLocation location, LiveTrackerSettings settings, boolean readOnly) {
        LiveTrackerBuilder builder = LiveExecutionTracker.builder(settings);
        if (location.database().isPresent()) {
            return builder.store(postgresql(location.database().get(), settings.strategy(), readOnly));
        }
        return readOnly ? builder.readOnly() : builder;
    }

    /**
     * Opens the existing database of {@code strategy} for reading, with the initial balance saved in
     * it. Works while another process records into it; recording through the tracker fails.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openExisting(Path dataDir, String strategy, RiskLimits limits,
                                                    Optional<ParityTrackerRegistry> parity) {
        return openExisting(dataDir, strategy, limits, parity, MetricOptions.DEFAULT);
    }

    /**
     * Opens the existing database of {@code strategy} for reading, with the initial balance saved in it,
     * computing its return figures under {@code metrics}; it works while another process records.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openExisting(Path dataDir, String strategy, RiskLimits limits,
                                                    Optional<ParityTrackerRegistry> parity, MetricOptions metrics) {
        return openExisting(LiveLocation.of(dataDir), strategy, limits, parity, metrics);
    }

    /**
     * Opens the existing database of {@code strategy} at {@code location} for reading, with the
     * initial balance saved in it, computing its return figures under {@code metrics}; it works while
     * another process records.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openExisting(LiveLocation location, String strategy, RiskLimits limits,
                                                    Optional<ParityTrackerRegistry> parity, MetricOptions metrics) {
        var builder = builder(location,
                savedSettings(location, strategy, limits).toBuilder().metricOptions(metrics).build(), true);
        parity.ifPresent(builder::parity);
        return builder.open();
    }

    /**
     * Opens the existing database of {@code strategy} for a read-only command, computing its return
     * figures under {@code metrics}: read-only, with no alert sink and no parity tracker, so nothing it
     * replays is delivered anywhere.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openForReading(Path dataDir, String strategy, MetricOptions metrics) {
        return openForReading(LiveLocation.of(dataDir), strategy, metrics);
    }

    /**
     * As {@link #openForReading(Path, String, MetricOptions)}, for the database of {@code strategy}
     * at {@code location}.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openForReading(LiveLocation location, String strategy, MetricOptions metrics) {
        return builder(location,
                savedSettings(location, strategy, new RiskLimits(1, 1)).toBuilder().metricOptions(metrics).build(),
                true).alertSinks(List.of()).open();
    }

    /**
     * Every event stored in the database of {@code strategy}, in the order it was recorded.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static List<LiveEvent> events(Path dataDir, String strategy) {
        return events(LiveLocation.of(dataDir), strategy);
    }

    /**
     * Every event stored in the database of {@code strategy} at {@code location}, in the order it
     * was recorded.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static List<LiveEvent> events(LiveLocation location, String strategy) {
        requireExisting(location, strategy);
        try (LiveEventStore store = readOnlyStore(location, strategy)) {
            return store.load();
        }
    }

    /** As {@link #openForRecording(Path, String, RiskLimits, MetricOptions)} with the default metric options. */
    public static LiveExecutionTracker openForRecording(Path dataDir, String strategy, RiskLimits limits) {
        return openForRecording(dataDir, strategy, limits, MetricOptions.DEFAULT);
    }

    /**
     * Opens the existing database of {@code strategy} for recording, with the initial balance saved in it,
     * computing its return figures under {@code metrics}.
     *
     * @throws CliException       if there is no database for the strategy
     * @throws LiveStoreException if another process records into it (the message names it)
     */
    public static LiveExecutionTracker openForRecording(Path dataDir, String strategy, RiskLimits limits,
                                                        MetricOptions metrics) {
        return openForRecording(LiveLocation.of(dataDir), strategy, limits, metrics);
    }

    /**
     * Opens the existing database of {@code strategy} at {@code location} for recording, with the
     * initial balance saved in it, computing its return figures under {@code metrics}.
     *
     * @throws CliException       if there is no database for the strategy
     * @throws LiveStoreException if another process records into it (the message names it)
     */
    public static LiveExecutionTracker openForRecording(LiveLocation location, String strategy, RiskLimits limits,
                                                        MetricOptions metrics) {
        return builder(location,
                savedSettings(location, strategy, limits).toBuilder().metricOptions(metrics).build(), false).open();
    }

    /**
     * The position mode of the account of {@code strategy} at {@code location}: {@code requested}
     * when given (opening a database of another mode then fails, naming both), else the mode its
     * database keeps, or {@link PositionMode#PER_TRADE} for a database not created yet.
     */
    public static PositionMode positionMode(LiveLocation location, String strategy, Optional<PositionMode> requested) {
        return positionMode(location, strategy, requested, PositionMode.PER_TRADE);
    }

    /**
     * As {@link #positionMode(LiveLocation, String, Optional)}, with {@code forNew} for a database not
     * created yet.
     */
    public static PositionMode positionMode(LiveLocation location, String strategy, Optional<PositionMode> requested,
                                            PositionMode forNew) {
        if (requested.isPresent() || !exists(location, strategy)) {
            return requested.orElse(forNew);
        }
        try (LiveEventStore store = readOnlyStore(location, strategy)) {
            return LiveTrackerBuilder.positionMode(store);
        }
    }

    /**
     * The settings saved in the existing database of {@code strategy} at {@code location}: its
     * initial balance and position mode, with {@code limits}.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveTrackerSettings savedSettings(LiveLocation location, String strategy, RiskLimits limits) {
        requireExisting(location, strategy);
        double balance;
        PositionMode mode;
        try (LiveEventStore store = readOnlyStore(location, strategy)) {
            balance = store.info("initial_balance").map(Double::parseDouble).orElseThrow(() ->
                    new CliException("live database " + store.location() + " has no initial balance; it was not "
                            + "written by parallax"));
            mode = LiveTrackerBuilder.positionMode(store);
        }
        return settings(location.dataDir(), strategy, balance, limits, mode);
    }

    private static void requireExisting(LiveLocation location, String strategy) {
        if (!exists(location, strategy)) {
            throw new CliException("no live database for strategy '" + strategy + "' in "
                    + (location.database().isPresent() ? location.describe(strategy)
                    : folder(location.dataDir()) + " (expected " + file(location.dataDir(), strategy).getFileName()
                    + ")") + "; record fills first with 'parallax live'");
        }
    }

    private static LiveEventStore readOnlyStore(LiveLocation location, String strategy) {
        return location.database().isPresent() ? postgresql(location.database().get(), strategy, true)
                : JdbcLiveEventStore.sqliteReadOnly(file(location.dataDir(), strategy));
    }

    private static JdbcLiveEventStore postgresql(PostgresDatabase database, String strategy, boolean readOnly) {
        checked(strategy);
        return readOnly ? JdbcLiveEventStore.postgresqlReadOnly(database, strategy)
                : JdbcLiveEventStore.postgresql(database, strategy);
    }

    /** {@code strategy}, if it is a valid name that fits a PostgreSQL schema. */
    private static String checked(String strategy) {
        try {
            StrategyName.of(strategy);
            PostgresDatabase.schemaOf(strategy);
            return strategy;
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
