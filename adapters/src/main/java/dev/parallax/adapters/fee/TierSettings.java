package dev.parallax.adapters.fee;

import dev.parallax.sim.api.ModelSettings;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Reads the settings every tiered venue takes and builds its {@link TieredFeeModel}. */
final class TierSettings {

    static final Set<String> KEYS = Set.of("tier", "outside_volume", "volume_scale");

    static final String DOC = "tier (fixed tier name; default: chosen from the trailing 30-day volume), "
            + "outside_volume (30-day volume traded elsewhere, 0), volume_scale (quote currency to USD, 1)";

    private TierSettings() {
    }

    static Set<String> keysAnd(String... more) {
        Set<String> keys = new HashSet<>(KEYS);
        keys.addAll(Set.of(more));
        return keys;
    }

    static TieredFeeModel model(FeeSchedule schedule, ModelSettings settings, double feeMultiplier) {
        double outside = settings.getDouble("outside_volume", 0);
        if (outside < 0) {
            throw new IllegalArgumentException("setting 'outside_volume' must be >= 0, was " + outside);
        }
        double scale = settings.getDouble("volume_scale", 1);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("setting 'volume_scale' must be > 0, was " + scale);
        }
        return new TieredFeeModel(schedule, fixedTier(schedule, settings), RollingVolume.thirtyDays(), outside, scale,
                feeMultiplier);
    }

    static Optional<FeeTier> fixedTier(FeeSchedule schedule, ModelSettings settings) {
        return settings.has("tier") ? Optional.of(schedule.tier(settings.getString("tier", ""))) : Optional.empty();
    }
}
