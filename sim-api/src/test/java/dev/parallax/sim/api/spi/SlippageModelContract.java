package dev.parallax.sim.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties every {@link SlippageModel} must have. Extend it and implement {@link #model()}. */
public abstract class SlippageModelContract {

    /** A fresh model under test. */
    protected abstract SlippageModel model();

    @Test
    @DisplayName("slippage is finite and never negative, even in empty or locked markets")
    void slippageIsFiniteAndNotNegative() {
        SlippageModel model = model();
        SplittableRandom rng = new SplittableRandom(3);
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                for (FillType type : ContractFixtures.fillTypes(order)) {
                    double bps = model.slippageBps(order, type, order.size(), market, rng);
                    assertTrue(Double.isFinite(bps) && bps >= 0,
                            () -> "slippage for " + order + " in " + market + " was " + bps);
                }
            }
        }
    }

    @Test
    @DisplayName("the same seed gives the same slippage")
    void sameSeedGivesSameSlippage() {
        SlippageModel a = model();
        SlippageModel b = model();
        SplittableRandom ra = new SplittableRandom(5);
        SplittableRandom rb = new SplittableRandom(5);
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                FillType type = order.isLimit() ? FillType.TAKER : FillType.AGGRESSIVE;
                assertEquals(a.slippageBps(order, type, order.size(), market, ra),
                        b.slippageBps(order, type, order.size(), market, rb), 0.0);
            }
        }
    }
}
