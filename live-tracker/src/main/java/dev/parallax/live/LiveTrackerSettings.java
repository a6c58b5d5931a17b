package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.ledger.PositionMode;
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
 * @param positionMode   how the account's P&amp;L and closed-trade statistics are counted:
 *                       {@link PositionMode#PER_TRADE} (the default) against each trade's entry price,
 *                       a closed trade per trade id; {@link PositionMode#NETTING} against the average
 *                       cost of the symbol's net position, a closed trade per round trip from flat
 *                       (as the backtest counts by default). The trade list, open positions and id
 *                       checks stay per trade id in both. The mode belongs to the account: the store
 *                       saves it when it is created, and opening it with the other mode fails
 */
public record LiveTrackerSettings(String strategy, Path dataFolder, Path alertLogFolder, double initialBalance,
                                  RiskLimits limits, ZoneId zone, Duration maxTimeSkew, MetricOptions metricOptions,
                                  PositionMode positionMode) {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveTrackerSettings {
        StrategyName.of(strategy);
        notNull("dataFolder", dataFolder);
        notNull("alertLogFolder", alertLogFolder);
        FillBounds.balance("initialBalance", initialBalance);
        notNull("limits", limits);
        notNull("zone", zone);
        notNull("positionMode", positionMode);
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
                RiskLimits.DEFAULTS, ZoneOffset.UTC, Duration.ofMinutes(5), MetricOptions.DEFAULT,
                PositionMode.PER_TRADE);
    }

    /**
     * A builder holding the values of {@link #of(String, Path, double)}: the three given and the
     * defaults for the rest.
     */
    public static Builder builder(String strategy, Path dataFolder, double initialBalance) {
        return of(strategy, dataFolder, initialBalance).toBuilder();
    }

    /** A builder holding the values of these settings, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the components of a {@link LiveTrackerSettings}; {@link #build()} checks them in the record's
     * constructor, so a bad value fails there with the constructor's message. Not thread-safe.
     */
    public static final class Builder {
        private String strategy;
        private Path dataFolder;
        private Path alertLogFolder;
        private double initialBalance;
        private RiskLimits limits;
        private ZoneId zone;
        private Duration maxTimeSkew;
        private MetricOptions metricOptions;
        private PositionMode positionMode;

        private Builder(LiveTrackerSettings from) {
            strategy = from.strategy;
            dataFolder = from.dataFolder;
            alertLogFolder = from.alertLogFolder;
            initialBalance = from.initialBalance;
            limits = from.limits;
            zone = from.zone;
            maxTimeSkew = from.maxTimeSkew;
            metricOptions = from.metricOptions;
            positionMode = from.positionMode;
        }

        /** Sets the strategy traded. */
        public Builder strategy(String value) {
            strategy = value;
            return this;
        }

        /** Sets the folder of the database file; the alert log folder stays as it is. */
        public Builder dataFolder(Path value) {
            dataFolder = value;
            return this;
        }

        /** Sets the folder given to the alert sinks. */
        public Builder alertLogFolder(Path value) {
            alertLogFolder = value;
            return this;
        }

        /** Sets the account value before the first event. */
        public Builder initialBalance(double value) {
            initialBalance = value;
            return this;
        }

        /** Sets the risk limits. */
        public Builder limits(RiskLimits value) {
            limits = value;
            return this;
        }

        /** Sets the time zone of trading days. */
        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        /** Sets the tolerance for out-of-order times. */
        public Builder maxTimeSkew(Duration value) {
            maxTimeSkew = value;
            return this;
        }

        /** Sets the annualisation of the daily equity returns. */
        public Builder metricOptions(MetricOptions value) {
            metricOptions = value;
            return this;
        }

        /** Sets how the account's P&amp;L and closed-trade statistics are counted. */
        public Builder positionMode(PositionMode value) {
            positionMode = value;
            return this;
        }

        /** The settings of the values set, checked by the record's constructor. */
        public LiveTrackerSettings build() {
            return new LiveTrackerSettings(strategy, dataFolder, alertLogFolder, initialBalance, limits, zone,
                    maxTimeSkew, metricOptions, positionMode);
        }
    }

    /** The database file of the strategy, inside the data folder. */
    public Path databaseFile() {
        return dataFolder.resolve(strategy + "_live.db");
    }
}
