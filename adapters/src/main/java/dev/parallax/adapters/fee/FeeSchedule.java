package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A venue's maker/taker tiers by traded volume, with where and when they were taken.
 *
 * @param venue          who publishes the schedule, not blank
 * @param source         the page the figures were copied from, not blank
 * @param retrieved      the date the figures were taken from {@code source}
 * @param volumeCurrency what the tier thresholds are measured in, such as {@code USD}
 * @param notes          caveats: what is not modelled and any figure that could not be verified; may be empty
 * @param tiers          the tiers, at least one, the first from volume 0, thresholds strictly ascending,
 *                       names unique
 */
public record FeeSchedule(String venue, String source, LocalDate retrieved, String volumeCurrency, String notes,
                          List<FeeTier> tiers) {

    /** Validates the fields and the order of the tiers. */
    public FeeSchedule {
        notBlank("venue", venue);
        notBlank("source", source);
        notNull("retrieved", retrieved);
        notBlank("volumeCurrency", volumeCurrency);
        notNull("notes", notes);
        tiers = List.copyOf(notNull("tiers", tiers));
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("tiers of " + venue + " must not be empty");
        }
        if (tiers.get(0).minVolume() != 0) {
            throw new IllegalArgumentException("the first tier of " + venue + " must start at volume 0, was "
                    + tiers.get(0).minVolume());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            FeeTier tier = tiers.get(i);
            if (!names.add(tier.name())) {
                throw new IllegalArgumentException("tier names of " + venue + " must be unique, '" + tier.name()
                        + "' appears twice");
            }
            if (i > 0 && tier.minVolume() <= tiers.get(i - 1).minVolume()) {
                throw new IllegalArgumentException("tier thresholds of " + venue + " must ascend: '" + tier.name()
                        + "' starts at " + tier.minVolume() + ", not above '" + tiers.get(i - 1).name() + "' at "
                        + tiers.get(i - 1).minVolume());
            }
        }
    }

    /** The tier that applies to a trader with {@code volume} traded: the last one whose threshold it reaches. */
    public FeeTier tierFor(double volume) {
        FeeTier found = tiers.get(0);
        for (FeeTier tier : tiers) {
            if (volume >= tier.minVolume()) {
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
    public FeeTier tier(String name) {
        for (FeeTier tier : tiers) {
            if (tier.name().equals(name)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown fee tier '" + name + "' for " + venue + "; tiers: "
                + tiers.stream().map(FeeTier::name).toList());
    }
}
