package dev.parallax.sim.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Properties every {@link QueueModel} must have. Extend it and implement {@link #model()}. */
public abstract class QueueModelContract {

    /** A fresh model under test. */
    protected abstract QueueModel model();

    @Nested
    @DisplayName("when an order joins the book")
    class Joining {

        @Test
        @DisplayName("the quantity ahead is never negative or NaN")
        void initialQueueIsNotNegative() {
            QueueModel model = model();
            SplittableRandom rng = new SplittableRandom(1);
            for (MarketConditions market : ContractFixtures.markets()) {
                for (Order order : ContractFixtures.orders(market)) {
                    if (order.isLimit() && !order.accepts(market.farTouch(order.side()))) {
                        double ahead = model.initialQueueAhead(order, market, rng);
                        assertTrue(ahead >= 0, () -> "ahead of " + order + " was " + ahead);
                    }
                }
            }
        }

        @Test
        @DisplayName("an order that improves the touch has nothing ahead")
        void improvingTheTouchLeavesNothingAhead() {
            MarketConditions market = ContractFixtures.markets().get(0);
            Order buy = Order.limit("b", market.symbol(), Side.BUY, 1, market.mid(), 0);
            Order sell = Order.limit("s", market.symbol(), Side.SELL, 1, market.mid(), 0);
            assertEquals(0.0, model().initialQueueAhead(buy, market, new SplittableRandom(1)));
            assertEquals(0.0, model().initialQueueAhead(sell, market, new SplittableRandom(1)));
        }
    }

    @Nested
    @DisplayName("when the market updates")
    class Updating {

        @Test
        @DisplayName("trades move the order forward by at least their size, never backwards")
        void tradesConsumeTheQueue() {
            QueueModel model = model();
            SplittableRandom rng = new SplittableRandom(2);
            for (int i = 0; i < 2_000; i++) {
                double ahead = rng.nextDouble() * 100;
                double traded = rng.nextDouble() * 50;
                double previous = ahead + rng.nextDouble() * 100;
                double current = rng.nextBoolean() ? previous - traded * rng.nextDouble() : previous + rng.nextDouble();
                current = Math.max(0, current);
                double after = model.queueAheadAfter(ahead, traded, previous, current, rng);
                double bound = Math.max(0, ahead - traded);
                double c = current;
                assertTrue(after >= 0 && after <= bound + 1e-9,
                        () -> "ahead " + ahead + ", traded " + traded + ", depth " + previous + " -> " + c
                                + " gave " + after + "; must lie in [0, " + bound + "]");
            }
        }

        @Test
        @DisplayName("the quantity ahead never exceeds the displayed depth")
        void queueNeverExceedsDisplayedDepth() {
            QueueModel model = model();
            SplittableRandom rng = new SplittableRandom(4);
            assertTrue(model.queueAheadAfter(80, 0, 100, 30, rng) <= 30);
            assertTrue(model.queueAheadAfter(Double.POSITIVE_INFINITY, 0, Double.NaN, 12, rng) <= 12);
        }

        @Test
        @DisplayName("unknown depth leaves only the trades to count")
        void unknownDepthIsHandled() {
            double after = model().queueAheadAfter(10, 4, Double.NaN, Double.NaN, new SplittableRandom(5));
            assertTrue(after >= 0 && after <= 6, () -> "was " + after);
        }
    }
}
