package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.inRange;
import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;

/**
 * One row of a per-share commission schedule.
 *
 * @param name      the broker's name for the tier, not blank
 * @param minShares the month-to-date shares traded from which the tier applies, inclusive, {@code >= 0}
 * @param perShare  commission per share in the account currency, between 0 and 1
 */
public record PerShareTier(String name, double minShares, double perShare) {

    /** Validates every field; see the component descriptions for the rules. */
    public PerShareTier {
        notBlank("tier name", name);
        nonNegative("minShares of tier '" + name + "'", minShares);
        inRange("perShare of tier '" + name + "'", perShare, 0, 1);
    }
}
