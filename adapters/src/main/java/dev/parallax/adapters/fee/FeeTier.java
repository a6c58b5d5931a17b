package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.inRange;
import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;

/**
 * One row of a maker/taker fee schedule.
 *
 * @param name      the venue's name for the tier, such as {@code VIP 3}; not blank
 * @param minVolume the traded volume (in the schedule's volume currency) from which the tier applies,
 *                  inclusive, finite and {@code >= 0}
 * @param makerBps  rate for fills that added liquidity, in basis points of notional; negative is a rebate,
 *                  between -100 and 1,000
 * @param takerBps  rate for fills that took liquidity, in basis points, between 0 and 1,000 and not below
 *                  {@code makerBps}
 */
public record FeeTier(String name, double minVolume, double makerBps, double takerBps) {

    /** Validates every field; see the component descriptions for the rules. */
    public FeeTier {
        notBlank("tier name", name);
        nonNegative("minVolume of tier '" + name + "'", minVolume);
        inRange("makerBps of tier '" + name + "'", makerBps, -100, 1_000);
        inRange("takerBps of tier '" + name + "'", takerBps, 0, 1_000);
        if (takerBps < makerBps) {
            throw new IllegalArgumentException("takerBps of tier '" + name + "' must be >= makerBps " + makerBps
                    + ", was " + takerBps);
        }
    }
}
