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

    /** These settings with the zone, thresholds and windows of {@code limits}. */
    public ParitySettings withLimits(ParityLimits limits) {
        notNull("limits", limits);
        return new ParitySettings(dataFolder, alertLogFolder, limits.zone(), limits.thresholds(),
                limits.driftWindowDays(), limits.returnWindowDays());
    }

    /** These settings with another data folder. */
    public ParitySettings withDataFolder(Path folder) {
        return new ParitySettings(folder, alertLogFolder, zone, thresholds, driftWindowDays, returnWindowDays);
    }

    /** These settings with another alert log folder. */
    public ParitySettings withAlertLogFolder(Path folder) {
        return new ParitySettings(dataFolder, folder, zone, thresholds, driftWindowDays, returnWindowDays);
    }

    /** These settings with another time zone for report days. */
    public ParitySettings withZone(ZoneId newZone) {
        return new ParitySettings(dataFolder, alertLogFolder, newZone, thresholds, driftWindowDays, returnWindowDays);
    }

    /** These settings with other thresholds. */
    public ParitySettings withThresholds(ParityThresholds newThresholds) {
        return new ParitySettings(dataFolder, alertLogFolder, zone, newThresholds, driftWindowDays, returnWindowDays);
    }

    /** These settings with other trailing windows. */
    public ParitySettings withWindows(int newDriftWindowDays, int newReturnWindowDays) {
        return new ParitySettings(dataFolder, alertLogFolder, zone, thresholds, newDriftWindowDays, newReturnWindowDays);
    }
}
