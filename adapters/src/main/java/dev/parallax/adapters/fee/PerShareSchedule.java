package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.inRange;
import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A broker's per-share commission by monthly share volume, with its per-order minimum and maximum.
 *
 * @param venue                           who publishes the schedule, not blank
 * @param source                          the page the figures were copied from, not blank
 * @param retrieved                       the date the figures were taken
 * @param notes                           caveats, may be empty
 * @param minPerOrder                     smallest commission of one order, {@code >= 0}
 * @param maxFractionOfTradeValue         largest commission of one order as a fraction of its traded value,
 *                                        in {@code (0, 1]}
 * @param clearingPerShare                clearing fee per share, {@code >= 0}
 * @param passThroughFractionOfCommission pass-through fees as a fraction of the commission, {@code >= 0}
 * @param tiers                           at least one tier, the first from 0 shares, thresholds ascending
 */
public record PerShareSchedule(String venue, String source, LocalDate retrieved, String notes, double minPerOrder,
                               double maxFractionOfTradeValue, double clearingPerShare,
                               double passThroughFractionOfCommission, List<PerShareTier> tiers) {

    /** Validates the fields and the order of the tiers. */
    public PerShareSchedule {
        notBlank("venue", venue);
        notBlank("source", source);
        notNull("retrieved", retrieved);
        notNull("notes", notes);
        nonNegative("minPerOrder", minPerOrder);
        inRange("maxFractionOfTradeValue", maxFractionOfTradeValue, Double.MIN_VALUE, 1);
        nonNegative("clearingPerShare", clearingPerShare);
        nonNegative("passThroughFractionOfCommission", passThroughFractionOfCommission);
        tiers = List.copyOf(notNull("tiers", tiers));
        if (tiers.isEmpty() || tiers.get(0).minShares() != 0) {
            throw new IllegalArgumentException("tiers of " + venue + " must start with a tier from 0 shares");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).minShares() <= tiers.get(i - 1).minShares()) {
                throw new IllegalArgumentException("tier thresholds of " + venue + " must ascend: '"
                        + tiers.get(i).name() + "' starts at " + tiers.get(i).minShares());
            }
        }
    }

    /** The tier for a month-to-date volume of {@code shares}. */
    public PerShareTier tierFor(double shares) {
        PerShareTier found = tiers.get(0);
        for (PerShareTier tier : tiers) {
            if (shares >= tier.minShares()) {
                found = tier;
            }
        }
        return found;
    }

    /**
     * The tier called {@code name}.
     *
     * @throws IllegalArgumentException naming the tiers that exist when there is none by that name
     */
    public PerShareTier tier(String name) {
        for (PerShareTier tier : tiers) {
            if (tier.name().equals(name)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown commission tier '" + name + "' for " + venue + "; tiers: "
                + tiers.stream().map(PerShareTier::name).toList());
    }
}
