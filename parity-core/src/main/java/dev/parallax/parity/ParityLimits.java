package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Everything in {@link ParitySettings} that decides a verdict: the same trades judged under the
 * same limits give the same statuses on the same days. The folders of the settings are left out;
 * they say where files go, not how a day is judged.
 *
 * @param zone             time zone whose calendar dates are the report days; default UTC
 * @param thresholds       status and disable limits; default {@link ParityThresholds#DEFAULTS}
 * @param driftWindowDays  days summed into the cumulative drift, ending on the report day; 1 to
 *                         {@link #MAX_WINDOW_DAYS}; default 7
 * @param returnWindowDays days of recorded returns compared by correlation and DTW, ending on the
 *                         report day; 1 to {@link #MAX_WINDOW_DAYS}; default 30
 */
public record ParityLimits(ZoneId zone, ParityThresholds thresholds, int driftWindowDays, int returnWindowDays) {

    /** The defaults listed on the components. */
    public static final ParityLimits DEFAULTS = new ParityLimits(ZoneOffset.UTC, ParityThresholds.DEFAULTS, 7, 30);

    /**
     * Longest window accepted, in days: about ten years. Every evaluation walks its windows day by
     * day, and the return window's time warping is quadratic in its length, so a window of millions
     * of days would stall each report.
     */
    public static final int MAX_WINDOW_DAYS = 3_660;

    /** Checks that nothing is null and both windows hold 1 to {@link #MAX_WINDOW_DAYS} days. */
    public ParityLimits {
        notNull("zone", zone);
        notNull("thresholds", thresholds);
        window("driftWindowDays", driftWindowDays);
        window("returnWindowDays", returnWindowDays);
    }

    private static void window(String field, int days) {
        if (days < 1 || days > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException(field + " must be between 1 and " + MAX_WINDOW_DAYS
                    + " days (about ten years), was " + days);
        }
    }
}
