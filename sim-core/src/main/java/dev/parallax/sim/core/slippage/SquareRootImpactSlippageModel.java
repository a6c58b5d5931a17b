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
 * The square-root law of market impact: the price moves by {@code k * volatility * sqrt(Q / V)},
 * where {@code Q} is the fill size and {@code V} the volume traded over the reference horizon,
 * here {@code volumeMinutes} times the 1-minute volume. In basis points:
 * {@code bps = k * volatility * sqrt(Q / V) * 10,000}. Deterministic.
 *
 * <p>The law is empirical: {@code k} of order one is typical for equities when {@code V} is a
 * day's volume and {@code volatility} a daily volatility, so set {@code volumeMinutes} to match the
 * horizon of the volatility you supply. With no volume ({@code V = 0}) the participation is taken
 * as 1: the order is all the volume there is.
 *
 * @param k             impact coefficient, {@code >= 0}
 * @param volumeMinutes minutes of volume in the reference horizon, {@code > 0}
 */
public record SquareRootImpactSlippageModel(double k, double volumeMinutes) implements SlippageModel {

    /** Validates the coefficient and the horizon. */
    public SquareRootImpactSlippageModel {
        Preconditions.nonNegative("k", k);
        Preconditions.positive("volumeMinutes", volumeMinutes);
    }

    @Override
    public double slippageBps(Order order, FillType fillType, double fillSize, MarketConditions market,
                              RandomGenerator rng) {
        double volume = market.volume1m() * volumeMinutes;
        double participation = volume > 0 ? fillSize / volume : 1.0;
        return k * market.volatility() * Math.sqrt(participation) * 10_000.0;
    }

    /** Registers {@code square-root-impact}; settings {@code k} (1.0) and {@code volume_minutes} (1). */
    public static final class Provider implements SlippageModelProvider {
        @Override
        public String name() {
            return "square-root-impact";
        }

        @Override
        public String description() {
            return "k * volatility * sqrt(size / volume); settings k (1.0), volume_minutes (1)";
        }

        @Override
        public SlippageModel create(ModelSettings s) {
            s.requireOnly("slippage model 'square-root-impact'", Set.of("k", "volume_minutes"));
            return new SquareRootImpactSlippageModel(s.getDouble("k", 1.0), s.getDouble("volume_minutes", 1.0));
        }
    }
}
