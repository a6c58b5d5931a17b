package dev.parallax.cli.parity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.cli.report.LiveViews;
import dev.parallax.cli.report.MetricBasis;
import dev.parallax.cli.report.ParityView;
import dev.parallax.cli.report.RunView;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RiskLimits;
import dev.parallax.metrics.MetricOptions;
import dev.parallax.parity.BacktestExecution;
import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the parity of a strategy from its backtest results file and its live database, in a
 * scratch tracker: the saved status of the strategy is neither read nor changed here, and the
 * alerts of the replay go nowhere.
 *
 * @param live   the live account's view
 * @param parity the daily parity, with each day's tracking-error level as its status
 */
public record ParityReplay(RunView live, ParityView parity) {

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} in {@code dataDir}, the
     * live figures on the live tracker's default basis.
     */
    public static ParityReplay of(Path backtestFile, Path dataDir, String strategy, ParityThresholds thresholds) {
        return of(backtestFile, LiveLocation.of(dataDir), strategy, thresholds);
    }

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} at {@code location},
     * the live figures on the live tracker's default basis.
     */
    public static ParityReplay of(Path backtestFile, LiveLocation location, String strategy,
                                  ParityThresholds thresholds) {
        return of(backtestFile, location, strategy, thresholds, MetricBasis.of(MetricOptions.DEFAULT.periodsPerYear()));
    }

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} in {@code dataDir}, the
     * live figures on {@code basis}.
     */
    public static ParityReplay of(Path backtestFile, Path dataDir, String strategy, ParityThresholds thresholds,
                                  MetricBasis basis) {
        return of(backtestFile, LiveLocation.of(dataDir), strategy, thresholds, basis);
    }

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} at {@code location}
     * (a data folder or a PostgreSQL database), the live figures on {@code basis}.
     */
    public static ParityReplay of(Path backtestFile, LiveLocation location, String strategy,
                                  ParityThresholds thresholds, MetricBasis basis) {
        List<BacktestExecution> backtest = BacktestExecutions.read(backtestFile);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("parallax-parity-replay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.OFF);
        try {
            ParityTrackerRegistry registry = new ParityTrackerRegistry(ParitySettings.DEFAULTS.withDataFolder(scratch)
                    .withAlertLogFolder(scratch).withZone(ZoneOffset.UTC).withThresholds(thresholds), Clock.systemUTC(),
                    List.of());
            ParityTracker tracker = registry.tracker(strategy);
            backtest.forEach(tracker::recordBacktest);
            try (LiveExecutionTracker live = LiveDatabase.openExisting(location, strategy,
                    new RiskLimits(1, 1), java.util.Optional.of(registry), basis.options())) {
                TreeSet<LocalDate> days = new TreeSet<>();
                backtest.forEach(b -> days.add(LocalDate.ofInstant(b.time(), ZoneOffset.UTC)));
                live.dailySummaries().forEach(d -> days.add(d.date()));
                Map<LocalDate, ParityStatus> levels = new LinkedHashMap<>();
                for (LocalDate d : days) {
                    levels.put(d, level(tracker.dailyReport(d), thresholds));
                }
                ParityView view = DailyRows.view(tracker, thresholds, levels);
                return new ParityReplay(LiveViews.of("live", live, basis), view);
            }
        } finally {
            root.setLevel(level);
            deleteQuietly(scratch);
        }
    }

    /** The tracking-error level of one day, as the tracker judges it. */
    static ParityStatus level(DailyParityReport r, ParityThresholds t) {
        if (r.matchedTrades() < t.minTradesForTrackingError()) {
            return ParityStatus.ACTIVE;
        }
        double te = r.trackingErrorBps();
        return te >= t.disableTrackingErrorBps() ? ParityStatus.DISABLED
                : te >= t.criticalTrackingErrorBps() ? ParityStatus.CRITICAL
                : te >= t.warningTrackingErrorBps() ? ParityStatus.WARNING : ParityStatus.ACTIVE;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }
}
