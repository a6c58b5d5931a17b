package dev.parallax.sim.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties every {@link FeeModel} must have. Extend it in a test and implement {@link #model()}:
 *
 * <pre>{@code
 * class MyVenueFeeModelTest extends FeeModelContract {
 *     protected FeeModel model() { return new MyVenueFeeModel(); }
 * }
 * }</pre>
 */
public abstract class FeeModelContract {

    /** How long after its order a fill is priced in the kit: at once, an hour later, 45 days later. */
    private static final long[] FILL_DELAYS_NANOS = {0L, 3_600_000_000_000L, 45L * 86_400_000_000_000L};

    /** A fresh model under test. */
    protected abstract FeeModel model();

    /** Whether the same fill always costs the same; override to return false for a model with volume tiers. */
    protected boolean stateless() {
        return true;
    }

    @Test
    @DisplayName("the fee of any valid fill is a finite number, whenever after its order the fill happens")
    void feeIsFiniteForEveryValidFill() {
        FeeModel model = model();
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                for (FillType type : ContractFixtures.fillTypes(order)) {
                    for (long delay : FILL_DELAYS_NANOS) {
                        for (double fraction : new double[] {1e-9, 0.5, 1.0}) {
                            long fillTime = order.timeNanos() + delay;
                            double fee = model.fee(order, type, market.farTouch(order.side()), order.size() * fraction,
                                    fillTime);
                            assertTrue(Double.isFinite(fee),
                                    () -> "fee for " + order + " " + type + " filled at " + fillTime + " was " + fee);
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a stateless model charges the same fill the same fee twice")
    void sameFillCostsTheSameTwice() {
        if (!stateless()) {
            return;
        }
        FeeModel model = model();
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                for (FillType type : ContractFixtures.fillTypes(order)) {
                    double price = market.farTouch(order.side());
                    long fillTime = order.timeNanos();
                    assertEquals(model.fee(order, type, price, order.size(), fillTime),
                            model.fee(order, type, price, order.size(), fillTime),
                            0.0, () -> "fee changed between calls for " + order);
                }
            }
        }
    }

    @Test
    @DisplayName("a market order is never cheaper than a resting order at the same price, size and model state")
    void takingLiquidityNeverCostsLessThanAddingIt() {
        FeeModel model = model();
        for (MarketConditions market : ContractFixtures.markets()) {
            for (Order order : ContractFixtures.orders(market)) {
                if (!order.isLimit()) {
                    continue;
                }
                double price = market.mid();
                // a model with state (volume tiers, per-order minimums) is compared from the same fresh state
                long fillTime = order.timeNanos();
                double maker = (stateless() ? model : model()).fee(order, FillType.MAKER, price, order.size(), fillTime);
                double taker = (stateless() ? model : model()).fee(order, FillType.TAKER, price, order.size(), fillTime);
                assertTrue(taker >= maker, () -> "taker fee " + taker + " < maker fee " + maker + " for " + order);
            }
        }
    }
}
