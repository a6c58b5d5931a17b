package dev.parallax.sim.core.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.FillModelContract;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FillModelsTest {

    private static MarketConditions market(double spreadBps, double volume1m) {
        double half = spreadBps / 2 / 10_000 * 100;
        return new MarketConditions("X", 100 - half, 100 + half, 10, 10, 100, volume1m, 0.01, 0);
    }

    @Nested
    class PartialProbability extends FillModelContract {
        @Override
        protected FillModel model() {
            return new PartialProbabilityFillModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void limitProbabilityIsTheProductOfSizeSpreadAndLiquidityFactors() {
            PartialProbabilityFillModel m = PartialProbabilityFillModel.DEFAULT;
            Order limit = Order.limit("l", "X", Side.BUY, 500, 99, 0);
            // size min(1, 500/1000) = 0.5; spread clamp(20/10, .1, 1) = 1; liquidity clamp(1e5/2e5, .1, 1) = 0.5
            assertEquals(0.25, m.partialProbability(limit, 500, market(10, 200_000)), 1e-9);
            // size 1; spread clamp(20/40) = 0.5; liquidity clamp(1e5/5e4) = 1  ->  0.5
            assertEquals(0.5, m.partialProbability(limit, 2_000, market(40, 50_000)), 1e-9);
            // size 1; spread 1; liquidity 1  ->  1, capped at 0.8
            assertEquals(0.8, m.partialProbability(limit, 2_000, market(5, 1_000)), 1e-9);
            // size 1; spread clamp(20/1000) = 0.1 (floor); liquidity clamp(1e5/1e8) = 0.1 (floor)  ->  0.01
            assertEquals(0.01, m.partialProbability(limit, 2_000, market(1_000, 1e8)), 1e-9);
            // market orders: 0.10 whatever the market
            assertEquals(0.10, m.partialProbability(Order.market("m", "X", Side.SELL, 5, 0), 5, market(40, 1)), 0.0);
        }

        @Test
        void aboutTenPercentOfMarketOrderFillsArePartial() {
            // n = 200,000 draws; 0.10 +- 4 sigma, sigma = sqrt(0.1 * 0.9 / n) = 0.00067
            FillModel m = model();
            SplittableRandom rng = new SplittableRandom(77);
            Order order = Order.market("m", "X", Side.BUY, 10, 0);
            MarketConditions mkt = market(10, 1e5);
            int n = 200_000;
            int partial = 0;
            double shareSum = 0;
            for (int i = 0; i < n; i++) {
                double size = m.fillSize(order, FillType.AGGRESSIVE, 10, Double.POSITIVE_INFINITY, mkt, rng);
                if (size < 10) {
                    partial++;
                    shareSum += size / 10;
                }
            }
            assertEquals(0.10, partial / (double) n, 4 * Math.sqrt(0.1 * 0.9 / n));
            // partial shares are uniform on [0.1, 0.9]: mean 0.5, sd 0.8/sqrt(12) = 0.23, se ~ 0.0016
            assertEquals(0.5, shareSum / partial, 0.007);
        }

        @Test
        void limitOrderPartialShareMatchesItsProbability() {
            FillModel m = model();
            SplittableRandom rng = new SplittableRandom(78);
            Order order = Order.limit("l", "X", Side.BUY, 500, 99, 0);
            MarketConditions mkt = market(10, 200_000); // p = 0.25 as above
            int n = 100_000;
            int partial = 0;
            for (int i = 0; i < n; i++) {
                if (m.fillSize(order, FillType.PASSIVE, 500, Double.POSITIVE_INFINITY, mkt, rng) < 500) {
                    partial++;
                }
            }
            assertEquals(0.25, partial / (double) n, 4 * Math.sqrt(0.25 * 0.75 / n));
        }

        @Test
        void invertedFractionsAreRejected() {
            assertThrows(IllegalArgumentException.class, () -> new PartialProbabilityFillModel.Provider()
                    .create(ModelSettings.of("min_fraction", "0.8", "max_fraction", "0.2")));
        }
    }

    @Nested
    class LiquidityLimited extends FillModelContract {
        @Override
        protected FillModel model() {
            return new LiquidityLimitedFillModel.Provider().create(ModelSettings.of("max_volume_share", "0.1"));
        }

        @Test
        void neverMoreThanAvailableOrTheVolumeShare() {
            SplittableRandom rng = new SplittableRandom(1);
            Order order = Order.market("m", "X", Side.BUY, 50, 0);
            // min(50 remaining, 30 available, 0.1 * 1,000 = 100) = 30
            assertEquals(30.0, model().fillSize(order, FillType.AGGRESSIVE, 50, 30, market(10, 1_000), rng));
            // min(50, 30, 0.1 * 200 = 20) = 20
            assertEquals(20.0, model().fillSize(order, FillType.AGGRESSIVE, 50, 30, market(10, 200), rng));
            // no volume cap: min(50, infinity) = 50
            assertEquals(50.0, LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY
                    .fillSize(order, FillType.AGGRESSIVE, 50, Double.POSITIVE_INFINITY, market(10, 0), rng));
        }
    }
}
