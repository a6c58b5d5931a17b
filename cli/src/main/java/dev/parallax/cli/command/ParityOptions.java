package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.parity.ParityThresholds;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The data folder, live database and parity limits shared by the parity, compare and report commands. */
public final class ParityOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "Data folder holding live/, parity/ and logs/ (default: ${DEFAULT-VALUE}).")
    public Path dataDir;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--warning-bps", paramLabel = "BPS", description = "Tracking-error WARNING level (default: 20).")
    Double warning;

    @Option(names = "--critical-bps", paramLabel = "BPS", description = "Tracking-error CRITICAL level (default: 50).")
    Double critical;

    @Option(names = "--disable-bps", paramLabel = "BPS", description = "Tracking error that disables (default: 100).")
    Double disable;

    @Option(names = "--max-drift-bps", paramLabel = "BPS", description = "7-day cumulative drift that disables (default: 200).")
    Double drift;

    @Option(names = "--max-fee-impact-bps", paramLabel = "BPS", description = "Daily fee impact that disables (default: 15).")
    Double fee;

    @Option(names = "--min-trades", paramLabel = "N", description = "Trades a day needs for its tracking error to count (default: 10).")
    Integer minTrades;

    /** Where the live state is: the data folder, and the PostgreSQL database of {@code --db} if given. */
    public LiveLocation location() {
        return database.location(dataDir);
    }

    /** The limits: the defaults, changed by the flags given. */
    public ParityThresholds thresholds() {
        ParityThresholds d = ParityThresholds.DEFAULTS;
        try {
            return new ParityThresholds(or(warning, d.warningTrackingErrorBps()), or(critical, d.criticalTrackingErrorBps()),
                    or(disable, d.disableTrackingErrorBps()), d.maxSlippageBps(), or(fee, d.maxFeeImpactBps()),
                    d.maxTimingImpactBps(), d.maxLatencyMillis(), or(drift, d.maxCumulativeDriftBps()),
                    minTrades == null ? d.minTradesForTrackingError() : minTrades);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static double or(Double flag, double fallback) {
        return flag == null ? fallback : flag;
    }
}
