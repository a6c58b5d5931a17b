package dev.parallax.sim.core.slippage;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.SlippageModel;
import dev.parallax.sim.api.spi.SlippageModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Impact that grows with the square of the fill's share of volume, as in zipline's volume-share
 * slippage: {@code share = min(fillSize / volume1m, volumeLimit)} and
 * {@code bps = share^2 * priceImpact * 10,000}. With no volume the share is {@code volumeLimit}.
 *
 * <p>zipline also caps each fill at {@code volumeLimit} of the bar's volume; in Parallax that is the
 * fill model's job (see {@code LiquidityLimitedFillModel} with {@code max_volume_share}).
 * Defaults as in zipline: volume limit 0.025, price impact 0.1.
 *
 * @param volumeLimit largest share of volume considered, in {@code (0, 1]}
 * @param priceImpact price move, as a fraction, when the share equals 1
 */
public record VolumeShareSlippageModel(double volumeLimit, double priceImpact) implements SlippageModel {

    /** Validates both settings. */
    public VolumeShareSlippageModel {
        Preconditions.inRange("volumeLimit", volumeLimit, Double.MIN_VALUE, 1);
        Preconditions.nonNegative("priceImpact", priceImpact);
    }

    @Override
    public double slippageBps(Order order, FillType fillType, double fillSize, MarketConditions market,
                              RandomGenerator rng) {
        double volume = market.volume1m();
        double share = volume > 0 ? Math.min(fillSize / volume, volumeLimit) : volumeLimit;
        return share * share * priceImpact * 10_000.0;
    }

    /** Registers {@code volume-share}; settings {@code volume_limit} (0.025) and {@code price_impact} (0.1). */
    public static final class Provider implements SlippageModelProvider {
        @Override
        public String name() {
            return "volume-share";
        }

        @Override
        public String description() {
            return "zipline-style share-of-volume squared impact; settings volume_limit (0.025), price_impact (0.1)";
        }

        @Override
        public SlippageModel create(ModelSettings s) {
            s.requireOnly("slippage model 'volume-share'", Set.of("volume_limit", "price_impact"));
            return new VolumeShareSlippageModel(s.getDouble("volume_limit", 0.025), s.getDouble("price_impact", 0.1));
        }
    }
}
