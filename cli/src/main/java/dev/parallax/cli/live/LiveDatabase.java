package dev.parallax.cli.live;

import dev.parallax.cli.CliException;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
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
     * Opens the existing database of {@code strategy}, with the initial balance saved in it.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openExisting(Path dataDir, String strategy, RiskLimits limits,
                                                    Optional<ParityTrackerRegistry> parity) {
        return openExisting(dataDir, strategy, limits, parity, MetricOptions.DEFAULT);
    }

    /**
     * Opens the existing database of {@code strategy}, with the initial balance saved in it, computing
     * its return figures under {@code metrics}.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openExisting(Path dataDir, String strategy, RiskLimits limits,
                                                    Optional<ParityTrackerRegistry> parity, MetricOptions metrics) {
        var builder = LiveExecutionTracker.builder(settings(dataDir, strategy, initialBalance(dataDir, strategy), limits)
                .withMetricOptions(metrics));
        parity.ifPresent(builder::parity);
        return builder.open();
    }

    /**
     * Opens the existing database of {@code strategy} for a read-only command, computing its return
     * figures under {@code metrics}: no alert sink and no parity tracker, so nothing it replays is
     * delivered anywhere.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static LiveExecutionTracker openForReading(Path dataDir, String strategy, MetricOptions metrics) {
        RiskLimits wide = new RiskLimits(1, 1);
        return LiveExecutionTracker.builder(settings(dataDir, strategy, initialBalance(dataDir, strategy), wide)
                .withMetricOptions(metrics)).alertSinks(List.of()).open();
    }

    /**
     * Every event stored in the database of {@code strategy}, in the order it was recorded.
     *
     * @throws CliException if there is no database for the strategy
     */
    public static List<LiveEvent> events(Path dataDir, String strategy) {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(existing(dataDir, strategy))) {
            return store.load();
        }
    }

    private static double initialBalance(Path dataDir, String strategy) {
        Path file = existing(dataDir, strategy);
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file)) {
            return store.info("initial_balance").map(Double::parseDouble).orElseThrow(() ->
                    new CliException("live database " + file + " has no initial balance; it was not written by parallax"));
        }
    }

    private static Path existing(Path dataDir, String strategy) {
        Path file = file(dataDir, strategy);
        if (!Files.isRegularFile(file)) {
            throw new CliException("no live database for strategy '" + strategy + "' in " + folder(dataDir)
                    + " (expected " + file.getFileName() + "); record fills first with 'parallax live'");
        }
        return file;
    }
}
