package dev.parallax.sim.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties every {@link FillModel} must have. Extend it and implement {@link #model()}. */
public abstract class FillModelContract {

    /** A fresh model under test. */
    protected abstract FillModel model();

    @Test
    @DisplayName("a fill is never negative and never more than what remains")
    void fillStaysWithinRemaining() {
        FillModel model = model();
        SplittableRandom rng = new SplittableRandom(8);
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                for (FillType type : ContractFixtures.fillTypes(order)) {
                    for (double available : new double[] {1e-9, 0.5, 1e6, Double.POSITIVE_INFINITY}) {
                        for (int i = 0; i < 20; i++) {
                            double remaining = order.size() * (0.05 + 0.95 * rng.nextDouble());
                            double size = model.fillSize(order, type, remaining, available, market, rng);
                            assertTrue(size >= 0 && size <= remaining,
                                    () -> "fill " + size + " of " + remaining + " remaining for " + order);
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("the same seed gives the same fills")
    void sameSeedGivesSameFills() {
        FillModel a = model();
        FillModel b = model();
        SplittableRandom ra = new SplittableRandom(9);
        SplittableRandom rb = new SplittableRandom(9);
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                FillType type = order.isLimit() ? FillType.TAKER : FillType.AGGRESSIVE;
                assertEquals(a.fillSize(order, type, order.size(), 10, market, ra),
                        b.fillSize(order, type, order.size(), 10, market, rb), 0.0);
            }
        }
    }
}
