package dev.parallax.sim.core.slippage;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.SlippageModel;
import dev.parallax.sim.api.spi.SlippageModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/** No slippage: orders that take liquidity fill exactly at the touch. */
public final class ZeroSlippageModel implements SlippageModel {

    /** The one instance. */
    public static final ZeroSlippageModel INSTANCE = new ZeroSlippageModel();

    private ZeroSlippageModel() {
    }

    @Override
    public double slippageBps(Order order, FillType fillType, double fillSize, MarketConditions market,
                              RandomGenerator rng) {
        return 0.0;
    }

    /** Registers {@code zero}; takes no settings. */
    public static final class Provider implements SlippageModelProvider {
        @Override
        public String name() {
            return "zero";
        }

        @Override
        public String description() {
            return "no slippage; no settings";
        }

        @Override
        public SlippageModel create(ModelSettings settings) {
            settings.requireOnly("slippage model 'zero'", Set.of());
            return INSTANCE;
        }
    }
}
