package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.metrics.MetricOptions;
import dev.parallax.parity.StrategyName;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How a live tracker is set up.
 *
 * @param strategy       the strategy traded; names the database file and the parity tracker, so it
 *                       must be a {@link StrategyName}: letters, digits, {@code .}, {@code _} and
 *                       {@code -}, not starting with a dot, so it cannot leave the data folder
 * @param dataFolder     folder of the database file {@code <strategy>_live.db}
 * @param alertLogFolder folder given to the discovered alert sinks (the alert log file)
 * @param initialBalance account value before the first event, finite, {@code > 0} and at most
 *                       {@link FillBounds#MAX_BALANCE}; fixed when
 *                       the database is created
 * @param limits         risk limits; default {@link RiskLimits#DEFAULTS}
 * @param zone           time zone whose calendar dates are the trading days; default UTC
 * @param maxTimeSkew    how far an event may be older than the newest event recorded, or newer
 *                       than the clock, before it is rejected as out of order; default 5 minutes,
 *                       not negative
 * @param metricOptions  annualisation of the daily equity returns; default 252 periods a year
 */
public record LiveTrackerSettings(String strategy, Path dataFolder, Path alertLogFolder, double initialBalance,
                                  RiskLimits limits, ZoneId zone, Duration maxTimeSkew, MetricOptions metricOptions) {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveTrackerSettings {
        StrategyName.of(strategy);
        notNull("dataFolder", dataFolder);
        notNull("alertLogFolder", alertLogFolder);
        FillBounds.balance("initialBalance", initialBalance);
        notNull("limits", limits);
        notNull("zone", zone);
        notNull("maxTimeSkew", maxTimeSkew);
        if (maxTimeSkew.isNegative()) {
            throw new IllegalArgumentException("maxTimeSkew must be >= 0, was " + maxTimeSkew);
        }
        notNull("metricOptions", metricOptions);
    }

    /**
     * Settings with the defaults: alert log in {@code <dataFolder>/logs}, default limits, UTC days,
     * 5 minutes of skew, 252 periods a year.
     */
    public static LiveTrackerSettings of(String strategy, Path dataFolder, double initialBalance) {
        notNull("dataFolder", dataFolder);
        return new LiveTrackerSettings(strategy, dataFolder, dataFolder.resolve("logs"), initialBalance,
                RiskLimits.DEFAULTS, ZoneOffset.UTC, Duration.ofMinutes(5), MetricOptions.DEFAULT);
    }

    /** These settings with other risk limits. */
    public LiveTrackerSettings withLimits(RiskLimits value) {
        return new LiveTrackerSettings(strategy, dataFolder, alertLogFolder, initialBalance, value, zone,
                maxTimeSkew, metricOptions);
    }

    /** These settings with another trading-day time zone. */
    public LiveTrackerSettings withZone(ZoneId value) {
        return new LiveTrackerSettings(strategy, dataFolder, alertLogFolder, initialBalance, limits, value,
                maxTimeSkew, metricOptions);
    }

    /** These settings with another tolerance for out-of-order times. */
    public LiveTrackerSettings withMaxTimeSkew(Duration value) {
        return new LiveTrackerSettings(strategy, dataFolder, alertLogFolder, initialBalance, limits, zone,
                value, metricOptions);
    }

    /** These settings with other metric options. */
    public LiveTrackerSettings withMetricOptions(MetricOptions value) {
        return new LiveTrackerSettings(strategy, dataFolder, alertLogFolder, initialBalance, limits, zone,
                maxTimeSkew, value);
    }

    /** These settings with another alert log folder. */
    public LiveTrackerSettings withAlertLogFolder(Path value) {
        return new LiveTrackerSettings(strategy, dataFolder, value, initialBalance, limits, zone,
                maxTimeSkew, metricOptions);
    }

    /** The database file of the strategy, inside the data folder. */
    public Path databaseFile() {
        return dataFolder.resolve(strategy + "_live.db");
    }
}
