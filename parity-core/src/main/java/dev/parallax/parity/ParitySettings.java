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

    /**
     * Longest window accepted, in days: about ten years. Every evaluation walks its windows day by
     * day, and the return window's time warping is quadratic in its length, so a window of millions
     * of days would stall each report.
     */
    public static final int MAX_WINDOW_DAYS = 3_660;

    /** Checks that nothing is null and both windows hold 1 to {@link #MAX_WINDOW_DAYS} days. */
    public ParitySettings {
        notNull("dataFolder", dataFolder);
        notNull("alertLogFolder", alertLogFolder);
        notNull("zone", zone);
        notNull("thresholds", thresholds);
        window("driftWindowDays", driftWindowDays);
        window("returnWindowDays", returnWindowDays);
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

    private static void window(String field, int days) {
        if (days < 1 || days > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException(field + " must be between 1 and " + MAX_WINDOW_DAYS
                    + " days (about ten years), was " + days);
        }
    }
}
