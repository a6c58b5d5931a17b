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
 * @param driftWindowDays  days summed into the cumulative drift, ending on the report day; default 7
 * @param returnWindowDays days of recorded returns compared by correlation and DTW, ending on the
 *                         report day; default 30
 */
public record ParitySettings(Path dataFolder, Path alertLogFolder, ZoneId zone, ParityThresholds thresholds,
                             int driftWindowDays, int returnWindowDays) {

    /** The defaults listed on the components. */
    public static final ParitySettings DEFAULTS = new ParitySettings(Path.of("data", "parity"), Path.of("logs"),
            ZoneOffset.UTC, ParityThresholds.DEFAULTS, 7, 30);

    /** Checks that nothing is null and both windows hold at least one day. */
    public ParitySettings {
        notNull("dataFolder", dataFolder);
        notNull("alertLogFolder", alertLogFolder);
        notNull("zone", zone);
        notNull("thresholds", thresholds);
        if (driftWindowDays < 1) {
            throw new IllegalArgumentException("driftWindowDays must be >= 1, was " + driftWindowDays);
        }
        if (returnWindowDays < 1) {
            throw new IllegalArgumentException("returnWindowDays must be >= 1, was " + returnWindowDays);
        }
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
