package dev.parallax.sim.core.fill;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.FillModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Fills no more than the market offers: at most the quantity available at this opportunity (the
 * displayed far-side size for orders that take liquidity, the volume traded past the queue for a
 * resting order), and, when {@code maxVolumeShare} is set, at most that share of the 1-minute
 * volume. What is left fills at later opportunities. Deterministic.
 *
 * <p>{@code size = min(remaining, available, maxVolumeShare * volume1m)}. The simulator passes an
 * infinite {@code available} when the far side shows size 0, which data without depth (bars) uses
 * for "unknown"; set {@code maxVolumeShare} to bound fills on such data.
 *
 * @param maxVolumeShare largest share of the 1-minute volume one fill may take, in {@code (0, 1]},
 *                       or {@code NaN} for no volume cap
 */
public record LiquidityLimitedFillModel(double maxVolumeShare) implements FillModel {

    /** Displayed size only, no volume cap. */
    public static final LiquidityLimitedFillModel DISPLAYED_SIZE_ONLY = new LiquidityLimitedFillModel(Double.NaN);

    /** Validates the share. */
    public LiquidityLimitedFillModel {
        if (!Double.isNaN(maxVolumeShare)) {
            Preconditions.inRange("maxVolumeShare", maxVolumeShare, Double.MIN_VALUE, 1);
        }
    }

    @Override
    public double fillSize(Order order, FillType fillType, double remaining, double available, MarketConditions market,
                           RandomGenerator rng) {
        double size = Math.min(remaining, available);
        if (!Double.isNaN(maxVolumeShare)) {
            size = Math.min(size, maxVolumeShare * market.volume1m());
        }
        return Math.max(0.0, size);
    }

    /** Registers {@code liquidity-limited}; setting {@code max_volume_share} (no cap). */
    public static final class Provider implements FillModelProvider {
        @Override
        public String name() {
            return "liquidity-limited";
        }

        @Override
        public String description() {
            return "never more than displayed size or traded volume; setting max_volume_share (share of 1-minute "
                    + "volume, no cap by default)";
        }

        @Override
        public FillModel create(ModelSettings s) {
            s.requireOnly("fill model 'liquidity-limited'", Set.of("max_volume_share"));
            return new LiquidityLimitedFillModel(s.getDouble("max_volume_share", Double.NaN));
        }
    }
}
