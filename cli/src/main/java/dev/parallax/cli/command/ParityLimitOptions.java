package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.parity.ParityConfigFile;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParityThresholds;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Every parity limit as a flag, and {@code --parity-config FILE} for all of them at once. A flag
 * wins over the config file, which wins over the base limits (saved ones, or a command's own).
 * Each flag's description names its config key.
 */
public final class ParityLimitOptions {

    @Option(names = "--parity-config", paramLabel = "FILE",
            description = "Parity limits as a JSON or YAML object with the keys named below; unknown or repeated "
                    + "keys are errors. Flags win over it.")
    Path config;

    @Option(names = "--warning-bps", paramLabel = "BPS",
            description = "Tracking-error WARNING level (default 20; key warningTrackingErrorBps).")
    Double warning;

    @Option(names = "--critical-bps", paramLabel = "BPS",
            description = "Tracking-error CRITICAL level (default 50; key criticalTrackingErrorBps).")
    Double critical;

    @Option(names = "--disable-bps", paramLabel = "BPS",
            description = "Tracking error that disables (default 100; key disableTrackingErrorBps).")
    Double disable;

    @Option(names = "--min-trades", paramLabel = "N",
            description = "Trades a day needs for its tracking error to count (default 10; key minTradesForTrackingError).")
    Integer minTrades;

    @Option(names = "--max-slippage-bps", paramLabel = "BPS",
            description = "Daily slippage beyond the backtest's own that disables (default 30; key maxSlippageBps).")
    Double slippage;

    @Option(names = "--max-fee-impact-bps", paramLabel = "BPS",
            description = "Daily fee impact that disables (default 15; key maxFeeImpactBps).")
    Double fee;

    @Option(names = "--max-timing-bps", paramLabel = "BPS",
            description = "Daily timing impact that disables (default 10; key maxTimingImpactBps).")
    Double timing;

    @Option(names = "--max-latency-ms", paramLabel = "MS",
            description = "Daily mean live latency that disables (default 1000; key maxLatencyMillis).")
    Double latency;

    @Option(names = "--max-drift-bps", paramLabel = "BPS",
            description = "Cumulative drift over the drift window that disables (default 200; key maxCumulativeDriftBps).")
    Double drift;

    @Option(names = "--drift-window-days", paramLabel = "DAYS",
            description = "Days summed into the cumulative drift (default 7; key driftWindowDays).")
    Integer driftWindow;

    @Option(names = "--return-window-days", paramLabel = "DAYS",
            description = "Days of returns compared by correlation and DTW (default 30; key returnWindowDays).")
    Integer returnWindow;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone whose dates are the report days (default UTC; key zone).")
    String zone;

    /**
     * {@code base} changed by the config file, then by the flags given.
     *
     * @throws CliException   naming the config file and what is wrong with it (exit code 1)
     * @throws UsageException naming the limit a flag made wrong (exit code 2)
     */
    public ParityLimits apply(ParityLimits base) {
        ParityLimits start = config == null ? base : ParityConfigFile.apply(config, base);
        ParityThresholds t = start.thresholds();
        try {
            ParityThresholds thresholds = new ParityThresholds(or(warning, t.warningTrackingErrorBps()),
                    or(critical, t.criticalTrackingErrorBps()), or(disable, t.disableTrackingErrorBps()),
                    or(slippage, t.maxSlippageBps()), or(fee, t.maxFeeImpactBps()), or(timing, t.maxTimingImpactBps()),
                    or(latency, t.maxLatencyMillis()), or(drift, t.maxCumulativeDriftBps()),
                    minTrades == null ? t.minTradesForTrackingError() : minTrades);
            return new ParityLimits(zone == null ? start.zone() : zone(zone), thresholds,
                    driftWindow == null ? start.driftWindowDays() : driftWindow,
                    returnWindow == null ? start.returnWindowDays() : returnWindow);
        } catch (IllegalArgumentException e) {
            // the config file's limits were valid on their own, so the flags made these wrong
            throw new UsageException(e.getMessage() + " (after " + String.join(", ", overrides()) + ")", e);
        }
    }

    /** What changed the base limits: the config file and the flags given, in that order; empty if nothing. */
    public List<String> overrides() {
        List<String> given = new ArrayList<>();
        if (config != null) {
            given.add("--parity-config " + config);
        }
        Object[] values = {warning, critical, disable, minTrades, slippage, fee, timing, latency, drift, driftWindow,
                returnWindow, zone};
        String[] names = {"--warning-bps", "--critical-bps", "--disable-bps", "--min-trades", "--max-slippage-bps",
                "--max-fee-impact-bps", "--max-timing-bps", "--max-latency-ms", "--max-drift-bps",
                "--drift-window-days", "--return-window-days", "--zone"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                given.add(names[i]);
            }
        }
        return List.copyOf(given);
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text).normalized();
        } catch (DateTimeException e) {
            throw new UsageException("--zone must be a time zone id such as UTC or Europe/Zurich, was '" + text + "'", e);
        }
    }

    private static double or(Double flag, double fallback) {
        return flag == null ? fallback : flag;
    }
}
