package dev.parallax.sim.core.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.QueueModel;
import dev.parallax.sim.api.spi.QueueModelContract;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueueModelsTest {

    private static final SplittableRandom RNG = new SplittableRandom(1);
    /** Spread 2 bps, volatility 0.02, 120 traded in a minute, 2.5 displayed at the bid. */
    private static final MarketConditions BTC =
            new MarketConditions("BTC/USD", 49_995, 50_005, 2.5, 3.0, 50_000, 120, 0.02, 0);

    @Nested
    class MarketConditionsDefault extends QueueModelContract {
        @Override
        protected QueueModel model() {
            return new MarketConditionsQueueModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void ordersAheadScaleWithSpreadVolatilityAndVolume() {
            // spread factor max(1, 2 / 10) = 1; volatility factor max(1, 0.02 * 100) = 2;
            // volume factor clamp(120 / 1e6, 0.5, 2) = 0.5  ->  100 * 1 * 2 / 0.5 = 400 orders
            assertEquals(400.0, MarketConditionsQueueModel.DEFAULT.ordersAhead(BTC), 1e-9);
            // spread 30 bps -> 3; volatility 0.005 -> 1; volume 4e6 -> 2  ->  100 * 3 * 1 / 2 = 150
            MarketConditions wide = new MarketConditions("X", 99.85, 100.15, 10, 10, 100, 4_000_000, 0.005, 0);
            assertEquals(150.0, MarketConditionsQueueModel.DEFAULT.ordersAhead(wide), 1e-9);
        }

        @Test
        void quantityAheadIsOrdersTimesTheTypicalOrderSize() {
            Order atBid = Order.limit("o", "BTC/USD", Side.BUY, 1, 49_995, 0);
            // order size from depth: 2.5 / 100 = 0.025; 400 orders * 0.025 = 10.0
            assertEquals(10.0, model().initialQueueAhead(atBid, BTC, RNG), 1e-9);
            QueueModel sized = new MarketConditionsQueueModel.Provider().create(ModelSettings.of("order_size", "0.1"));
            assertEquals(40.0, sized.initialQueueAhead(atBid, BTC, RNG), 1e-9);
        }

        @Test
        void cancellationsAreNotCreditedButDepthCapsTheQueue() {
            // 30 ahead, 10 traded: 20; depth fell from 100 to 60 with 30 cancelled, none credited; 20 <= 60
            assertEquals(20.0, model().queueAheadAfter(30, 10, 100, 60, RNG), 1e-12);
            assertEquals(5.0, model().queueAheadAfter(30, 10, 100, 5, RNG), 1e-12);
        }
    }

    @Nested
    class FrontOfQueue extends QueueModelContract {
        @Override
        protected QueueModel model() {
            return new FrontOfQueueModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void nothingIsEverAheadOfAnOrder() {
            Order atBid = Order.limit("o", "BTC/USD", Side.BUY, 1, 49_995, 0);
            assertEquals(0.0, model().initialQueueAhead(atBid, BTC, RNG));
            assertEquals(0.0, model().queueAheadAfter(0, 0, 2.5, 3.0, RNG));
            assertThrows(IllegalArgumentException.class,
                    () -> new FrontOfQueueModel.Provider().create(ModelSettings.of("base_orders", "1")));
        }
    }

    @Nested
    class PowerProbability extends QueueModelContract {
        @Override
        protected QueueModel model() {
            return new ProbabilisticQueueModel.PowerProvider().create(ModelSettings.EMPTY);
        }

        @Test
        void newOrdersQueueBehindTheDisplayedSize() {
            assertEquals(2.5, model().initialQueueAhead(Order.limit("a", "BTC/USD", Side.BUY, 1, 49_995, 0), BTC, RNG));
            assertEquals(3.0, model().initialQueueAhead(Order.limit("b", "BTC/USD", Side.SELL, 1, 50_005, 0), BTC, RNG));
            assertEquals(0.0, model().initialQueueAhead(Order.limit("c", "BTC/USD", Side.BUY, 1, 50_000, 0), BTC, RNG));
            assertEquals(Double.POSITIVE_INFINITY,
                    model().initialQueueAhead(Order.limit("d", "BTC/USD", Side.BUY, 1, 49_900, 0), BTC, RNG));
        }

        @Test
        void cancellationsAreSplitByTheSquaredQuantities() {
            // ahead 30, traded 10 -> front 20; depth 100 - 10 = 90 remains, back = 70; depth now 60 -> 30 cancelled.
            // share ahead = 20^2 / (20^2 + 70^2) = 400 / 5300 = 0.0754717; 20 - 30 * 0.0754717 = 17.7358491
            assertEquals(17.735849056603772, model().queueAheadAfter(30, 10, 100, 60, RNG), 1e-12);
        }
    }

    @Nested
    class LogProbability extends QueueModelContract {
        @Override
        protected QueueModel model() {
            return new ProbabilisticQueueModel.LogProvider().create(ModelSettings.EMPTY);
        }

        @Test
        void cancellationsAreSplitByLogWeights() {
            // share ahead = ln(21) / (ln(21) + ln(71)) = 3.044522 / (3.044522 + 4.262680) = 0.416647
            // 20 - 30 * 0.416647 = 7.500596
            assertEquals(7.50059609720231, model().queueAheadAfter(30, 10, 100, 60, RNG), 1e-9);
        }
    }

    @Nested
    class RiskAverse extends QueueModelContract {
        @Override
        protected QueueModel model() {
            return new ProbabilisticQueueModel.RiskAverseProvider().create(ModelSettings.EMPTY);
        }

        @Test
        void onlyTradesMoveTheOrder() {
            assertEquals(20.0, model().queueAheadAfter(30, 10, 100, 60, RNG), 1e-12);
        }
    }

    @Test
    void cancellationsTheBackCannotHoldComeFromTheFront() {
        // front 50, back 0 (previous depth 50), 40 cancelled; weights put none ahead, but the back is empty
        assertEquals(10.0, DepthQueueAdvance.after(50, 0, 50, 10, (f, b) -> 0.0), 1e-12);
    }

    @Test
    void nonPositiveExponentIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> QueueProbability.power(0));
    }
}
