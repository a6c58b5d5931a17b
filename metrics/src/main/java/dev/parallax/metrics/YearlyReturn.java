package dev.parallax.metrics;

import java.time.Year;

/**
 * The compounded return of the periods that ended in one calendar year.
 *
 * @param year    the year, in the zone the table was built in
 * @param value   {@code prod(1 + r_i) - 1} over the year's periods, finite and {@code >= -1}
 * @param periods how many returns fell in the year, {@code >= 1}
 */
public record YearlyReturn(Year year, double value, int periods) {

    /** Validates every field; see the component descriptions for the rules. */
    public YearlyReturn {
        if (year == null) {
            throw new IllegalArgumentException("year must not be null");
        }
        if (!Double.isFinite(value) || value < -1) {
            throw new IllegalArgumentException("value must be a finite number >= -1, was " + value);
        }
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be >= 1, was " + periods);
        }
    }
}
