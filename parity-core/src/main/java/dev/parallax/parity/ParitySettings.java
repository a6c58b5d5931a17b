package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where parity keeps its files and how it judges a day.
 *
 * @param dataFolder       folder of the disable state files, {@code <strategy>_disable_state.json};
 *                         default {@code data/parity}
 * @param alertLogFolder   folder of {@code parity_disable_alerts.log}; default {@code logs}
 * @param zone             time zone whose calendar dates are the report days; default UTC
 * @param thresholds       status and disable limits; default {@link ParityThresholds#DEFAULTS}
 * @param driftWindowDays  days summed into the cumulative drift, ending on the report day; 1 to
 *                         {@link #MAX_WINDOW_DAYS}; default 7
 * @param returnWindowDays days of recorded returns compared by correlation and DTW, ending on the
 *                         report day; 1 to {@link #MAX_WINDOW_DAYS}; default 30
 */
public record ParitySettings(Path dataFolder, Path alertLogFolder, ZoneId zone, ParityThresholds thresholds,
                             int driftWindowDays, int returnWindowDays) {

    /** The defaults listed on the components. */
    public static final ParitySettings DEFAULTS = new ParitySettings(Path.of("data", "parity"), Path.of("logs"),
            ZoneOffset.UTC, ParityThresholds.DEFAULTS, 7, 30);

    /** Longest window accepted, in days: {@link ParityLimits#MAX_WINDOW_DAYS}. */
    public static final int MAX_WINDOW_DAYS = ParityLimits.MAX_WINDOW_DAYS;

    /**
     * Checks that nothing is null and both windows hold 1 to {@link #MAX_WINDOW_DAYS} days (the
     * rules of {@link ParityLimits}).
     */
    public ParitySettings {
        notNull("dataFolder", dataFolder);
        notNull("alertLogFolder", alertLogFolder);
        new ParityLimits(zone, thresholds, driftWindowDays, returnWindowDays);
    }

    /** The part of these settings that decides verdicts: zone, thresholds and windows. */
    public ParityLimits limits() {
        return new ParityLimits(zone, thresholds, driftWindowDays, returnWindowDays);
    }

    /** A builder holding the values of {@link #DEFAULTS}. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding the values of these settings, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the components of a {@link ParitySettings}; {@link #build()} checks them in the record's
     * constructor, so a bad value fails there with the constructor's message. Not thread-safe.
     */
    public static final class Builder {
        private Path dataFolder;
        private Path alertLogFolder;
        private ZoneId zone;
        private ParityThresholds thresholds;
        private int driftWindowDays;
        private int returnWindowDays;

        private Builder(ParitySettings from) {
            dataFolder = from.dataFolder;
            alertLogFolder = from.alertLogFolder;
            zone = from.zone;
            thresholds = from.thresholds;
            driftWindowDays = from.driftWindowDays;
            returnWindowDays = from.returnWindowDays;
        }

        /** Sets the folder of the disable state files. */
        public Builder dataFolder(Path value) {
            dataFolder = value;
            return this;
        }

        /** Sets the folder of the alert log. */
        public Builder alertLogFolder(Path value) {
            alertLogFolder = value;
            return this;
        }

        /** Sets the time zone of report days. */
        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        /** Sets the status and disable limits. */
        public Builder thresholds(ParityThresholds value) {
            thresholds = value;
            return this;
        }

        /** Sets the days summed into the cumulative drift. */
        public Builder driftWindowDays(int value) {
            driftWindowDays = value;
            return this;
        }

        /** Sets the days of returns compared by correlation and DTW. */
        public Builder returnWindowDays(int value) {
            returnWindowDays = value;
            return this;
        }

        /**
         * Sets the zone, thresholds and both windows of {@code limits}: {@link #zone}, {@link #thresholds},
         * {@link #driftWindowDays} and {@link #returnWindowDays}.
         */
        public Builder limits(ParityLimits limits) {
            notNull("limits", limits);
            zone = limits.zone();
            thresholds = limits.thresholds();
            driftWindowDays = limits.driftWindowDays();
            returnWindowDays = limits.returnWindowDays();
            return this;
        }

        /** Sets both trailing windows: {@link #driftWindowDays} and {@link #returnWindowDays}. */
        public Builder windows(int driftWindowDays, int returnWindowDays) {
            this.driftWindowDays = driftWindowDays;
            this.returnWindowDays = returnWindowDays;
            return this;
        }

        /** The settings of the values set, checked by the record's constructor. */
        public ParitySettings build() {
            return new ParitySettings(dataFolder, alertLogFolder, zone, thresholds, driftWindowDays, returnWindowDays);
        }
    }
}
