package dev.parallax.cli.live;

import dev.parallax.cli.CliException;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.RiskLimits;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.metrics.MetricOptions;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The live tracker databases in a data folder: {@code <data>/live/<strategy>_live.db}, with alerts in
 * {@code <data>/logs}. The strategy name is checked by parity-core's {@link StrategyName}, so it
 * cannot leave the folder.
 */
public final class LiveDatabase {

    private LiveDatabase() {
    }

    /** The folder of the databases. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("live");
    }

    /** The settings of {@code strategy} in {@code dataDir}. */
    public static LiveTrackerSettings settings(Path dataDir, String strategy, double balance, RiskLimits limits) {
        try {
            StrategyName.of(strategy);
            return LiveTrackerSettings.of(strategy, folder(dataDir), balance).withLimits(limits)
                    .withAlertLogFolder(dataDir.resolve("logs"));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** The database file of {@code strategy} in {@code dataDir}, whether or not it exists. */
    public static Path file(Path dataDir, String strategy) {
        return settings(dataDir, strategy, 1, RiskLimits.DEFAULTS).databaseFile();
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
        var builder = LiveExecutionTracker.builder(savedSettings(dataDir, strategy, limits).withMetricOptions(metrics))
                .readOnly();
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
        return LiveExecutionTracker.builder(savedSettings(dataDir, strategy, new RiskLimits(1, 1))
                .withMetricOptions(metrics)).readOnly().alertSinks(List.of()).open();
    }

    /**
     * Every event stored in the database of {@code strategy}, in the order it was recorded.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static List<LiveEvent> events(Path dataDir, String strategy) {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(savedSettings(dataDir, strategy,
                RiskLimits.DEFAULTS).databaseFile())) {
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
        return LiveExecutionTracker.builder(savedSettings(dataDir, strategy, limits).withMetricOptions(metrics)).open();
    }

    private static LiveTrackerSettings savedSettings(Path dataDir, String strategy, RiskLimits limits) {
        Path file = file(dataDir, strategy);
        if (!Files.isRegularFile(file)) {
            throw new CliException("no live database for strategy '" + strategy + "' in " + folder(dataDir)
                    + " (expected " + file.getFileName() + "); record fills first with 'parallax live'");
        }
        double balance;
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(file)) {
            balance = store.info("initial_balance").map(Double::parseDouble).orElseThrow(() ->
                    new CliException("live database " + file + " has no initial balance; it was not written by parallax"));
        }
        return settings(dataDir, strategy, balance, limits);
    }
}
