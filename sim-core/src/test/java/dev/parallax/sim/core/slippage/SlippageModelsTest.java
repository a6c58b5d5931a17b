package dev.parallax.sim.core.slippage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.SlippageModel;
import dev.parallax.sim.api.spi.SlippageModelContract;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlippageModelsTest {

    /** Spread (50,005 - 49,995) / 50,000 = 2 bps; ask size 2.0, bid size 4.0; volatility 0.02; 10,000 traded in a minute. */
    private static final MarketConditions BTC =
            new MarketConditions("BTC/USD", 49_995, 50_005, 4.0, 2.0, 50_000, 10_000, 0.02, 0);
    private static final SplittableRandom RNG = new SplittableRandom(1);

    @Nested
    class SpreadImpact extends SlippageModelContract {
        @Override
        protected SlippageModel model() {
            return new SpreadImpactSlippageModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void marketBuyAddsBaseImpactVolatilityAndSpreadTerms() {
            Order buy = Order.market("m", "BTC/USD", Side.BUY, 0.5, 0);
            // 2 + (0.5 / 2.0) * 50 + 0.02 * 50 + 2 * 0.2 = 2 + 12.5 + 1 + 0.4 = 15.9
            assertEquals(15.9, model().slippageBps(buy, FillType.AGGRESSIVE, 0.5, BTC, RNG), 1e-9);
        }

        @Test
        void limitSellUsesTheLimitBaseAndTheBidSize() {
            Order sell = Order.limit("l", "BTC/USD", Side.SELL, 1.0, 49_990, 0);
            // 1 + (1.0 / 4.0) * 50 + 1 + 0.4 = 14.9
            assertEquals(14.9, model().slippageBps(sell, FillType.TAKER, 1.0, BTC, RNG), 1e-9);
        }

        @Test
        void theTotalIsCappedAtMaxBps() {
            Order sell = Order.market("m", "BTC/USD", Side.SELL, 400, 0);
            // 2 + (400 / 4.0) * 50 + 1 + 0.4 = 5,003.4, capped at 1,000
            assertEquals(1_000.0, model().slippageBps(sell, FillType.AGGRESSIVE, 400, BTC, RNG), 0.0);
        }

        @Test
        void unknownDepthLeavesTheImpactTermOut() {
            MarketConditions bars = new MarketConditions("X", 99.95, 100.05, 0, 0, 100, 0, 0.01, 0);
            Order buy = Order.market("m", "X", Side.BUY, 10, 0);
            // 2 + 0 + 0.01 * 50 + 10 * 0.2 = 2 + 0.5 + 2 = 4.5
            assertEquals(4.5, model().slippageBps(buy, FillType.AGGRESSIVE, 10, bars, RNG), 1e-9);
        }
    }

    @Nested
    class SquareRoot extends SlippageModelContract {
        @Override
        protected SlippageModel model() {
            return new SquareRootImpactSlippageModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void impactGrowsWithTheSquareRootOfParticipation() {
            Order buy = Order.market("m", "BTC/USD", Side.BUY, 100, 0);
            // 1 * 0.02 * sqrt(100 / 10,000) * 10,000 = 0.02 * 0.1 * 10,000 = 20 bps
            assertEquals(20.0, model().slippageBps(buy, FillType.AGGRESSIVE, 100, BTC, RNG), 1e-9);
            // four times the size, twice the impact
            assertEquals(40.0, model().slippageBps(buy, FillType.AGGRESSIVE, 400, BTC, RNG), 1e-9);
        }
    }

    @Nested
    class VolumeShare extends SlippageModelContract {
        @Override
        protected SlippageModel model() {
            return new VolumeShareSlippageModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void impactIsTheSquaredShareTimesThePriceImpact() {
            Order buy = Order.market("m", "BTC/USD", Side.BUY, 100, 0);
            // share 100 / 10,000 = 0.01; 0.01^2 * 0.1 * 10,000 = 0.1 bps
            assertEquals(0.1, model().slippageBps(buy, FillType.AGGRESSIVE, 100, BTC, RNG), 1e-12);
            // share 0.1 is capped at 0.025: 0.025^2 * 0.1 * 10,000 = 0.625 bps
            assertEquals(0.625, model().slippageBps(buy, FillType.AGGRESSIVE, 1_000, BTC, RNG), 1e-12);
        }
    }

    @Nested
    class Zero extends SlippageModelContract {
        @Override
        protected SlippageModel model() {
            return new ZeroSlippageModel.Provider().create(ModelSettings.EMPTY);
        }
    }
}
