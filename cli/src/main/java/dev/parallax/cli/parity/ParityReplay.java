package dev.parallax.cli.parity;

import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.cli.report.LiveViews;
import dev.parallax.cli.report.ParityView;
import dev.parallax.cli.report.RunView;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.ParityFills;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.MetricOptions;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rebuilds the parity of a strategy from its backtest results file and its live database, in a
 * scratch tracker judging by the given limits: the backtest side first, then every live fill in
 * the order the live tracker recorded it, as the live tracker fed its parity tracker. Under the
 * limits the strategy ran with, the replay reaches the same statuses on the same days.
 *
 * <p>Read-only: the saved state of the strategy is neither read nor changed, and the replay
 * delivers no alert anywhere (no sink at all: no log line, no alert log, no webhook).
 *
 * @param live   the live account's view
 * @param parity the daily parity, with the replayed status at the end of each day
 */
public record ParityReplay(RunView live, ParityView parity) {

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} in {@code dataDir} under
     * {@code limits}, the live figures on the live tracker's default basis.
     */
    public static ParityReplay of(Path backtestFile, Path dataDir, String strategy, ParityLimits limits) {
        return of(backtestFile, LiveLocation.of(dataDir), strategy, limits);
    }

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} at {@code location} (a
     * data folder or a PostgreSQL database) under {@code limits}, on the live tracker's default basis.
     */
    public static ParityReplay of(Path backtestFile, LiveLocation location, String strategy, ParityLimits limits) {
        return of(backtestFile, location, strategy, limits, MetricBasis.of(MetricOptions.DEFAULT.periodsPerYear()));
    }

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} in {@code dataDir} under
     * {@code limits}, the live figures on {@code basis}.
     */
    public static ParityReplay of(Path backtestFile, Path dataDir, String strategy, ParityLimits limits,
                                  MetricBasis basis) {
        return of(backtestFile, LiveLocation.of(dataDir), strategy, limits, basis);
    }

    /**
     * Replays {@code backtestFile} and the live database of {@code strategy} at {@code location} (a
     * data folder or a PostgreSQL database) under {@code limits}, the live figures on {@code basis}.
     */
    public static ParityReplay of(Path backtestFile, LiveLocation location, String strategy, ParityLimits limits,
                                  MetricBasis basis) {
        List<Fill> backtest = BacktestFills.read(backtestFile);
        List<LiveEvent> events = LiveDatabase.events(location, strategy);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("parallax-parity-replay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(ParitySettings.builder()
                    .dataFolder(scratch).alertLogFolder(scratch).limits(limits).build(), Clock.systemUTC(), List.of());
            ParityTracker tracker = registry.tracker(strategy);
            backtest.forEach(tracker::recordBacktest);
            Map<LocalDate, ParityStatus> statusAtEndOfDay = new TreeMap<>();
            ParityFills compared = ParityFills.fromFirstEvent();
            for (LiveEvent event : events) {
                compared.of(event).ifPresent(fill -> {
                    record(tracker, fill);
                    statusAtEndOfDay.put(LocalDate.ofInstant(instant(fill.timeNanos()), limits.zone()),
                            tracker.status());
                });
            }
            try (LiveExecutionTracker live = LiveDatabase.openForReading(location, strategy, basis.options())) {
                LocalDate[] days = Stream.concat(
                        backtest.stream().map(b -> LocalDate.ofInstant(instant(b.timeNanos()), limits.zone())),
                        live.dailySummaries().stream().map(d -> d.date())).toArray(LocalDate[]::new);
                ParityView view = DailyRows.view(tracker, limits.thresholds(), statusAtEndOfDay, days);
                return new ParityReplay(LiveViews.of("live", live, basis), view);
            }
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Records {@code fill}; one the tracker refuses (an id it already holds) is skipped, as the live tracker skipped it. */
    private static void record(ParityTracker tracker, Fill fill) {
        try {
            tracker.recordLive(fill);
        } catch (IllegalArgumentException e) {
            // the live tracker's parity feed logged and skipped the same fill when it was recorded
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }
}
