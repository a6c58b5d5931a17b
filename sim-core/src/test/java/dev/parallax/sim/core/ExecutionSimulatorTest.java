package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.fee.MakerTakerFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.ProbabilisticQueueModel;
import dev.parallax.sim.core.queue.QueueProbability;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExecutionSimulatorTest {

    private static final long MS = 1_000_000L;
    private static final String BTC = "BTC/USD";

    /** Deterministic models: 100 ms submit, 0 market data, 50 ms notification; no slippage; whole fills up to displayed size. */
    private static final ExecutionModels EXACT = new ExecutionModels(MakerTakerFeeModel.DEFAULT,
            new ConstantLatencyModel(100, 0, 50), ZeroSlippageModel.INSTANCE,
            new ProbabilisticQueueModel(QueueProbability.NONE), LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);

    private static MarketConditions quote(double bid, double ask, double bidSize, double askSize, double last,
                                          long timeNanos) {
        return new MarketConditions(BTC, bid, ask, bidSize, askSize, last, 120, 0.02, timeNanos);
    }

    private final List<Fill> notified = new ArrayList<>();

    private ExecutionSimulator exact() {
        return ExecutionSimulator.seeded(EXACT, 1, notified::add);
    }

    @Nested
    class Latency {

        @Test
        void aDelayedOrderMeetsTheMarketInForceWhenItArrives() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(49_995, 50_005, 5, 5, 50_000, 0));
            sim.submit(Order.market("m", BTC, Side.BUY, 1, 0));
            assertEquals(OrderStatus.PENDING, sim.status("m"));
            sim.onMarket(quote(50_015, 50_025, 5, 5, 50_020, 60 * MS)); // in force from 60 ms
            sim.onMarket(quote(50_095, 50_105, 5, 5, 50_100, 150 * MS)); // after the 100 ms arrival
            Fill fill = sim.fills().get(0);
            assertEquals(50_025.0, fill.price(), 0.0);
            assertEquals(100 * MS, fill.timeNanos());
            assertEquals(FillType.AGGRESSIVE, fill.fillType());
            // 50,025 * 1 * 15 bps = 75.0375
            assertEquals(75.0375, fill.fee(), 1e-9);
            assertEquals(150 * MS, fill.latencyNanos());
        }

        @Test
        void fillsReachTheListenerAfterTheNotificationLatency() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(49_995, 50_005, 5, 5, 50_000, 0));
            sim.submit(Order.market("m", BTC, Side.BUY, 1, 0));
            sim.advanceTo(100 * MS);
            assertEquals(1, sim.fills().size());
            assertTrue(notified.isEmpty(), "notified before the 50 ms notification latency");
            sim.advanceTo(149 * MS);
            assertTrue(notified.isEmpty());
            sim.advanceTo(150 * MS);
            assertEquals(sim.fills(), notified);
        }
    }

    @Nested
    class EndOfData {

        @Test
        void drainingDeliversNotificationsInFlightWithoutLettingOrdersArrive() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 5, 5, 100, 0));
            sim.submit(Order.market("early", BTC, Side.BUY, 1, 0));
            sim.advanceTo(100 * MS); // filled at 100 ms, notified at 150 ms
            sim.submit(Order.market("late", BTC, Side.BUY, 1, 120 * MS)); // would arrive at 220 ms
            sim.drainNotifications();
            assertEquals(List.of("early"), notified.stream().map(Fill::orderId).toList());
            assertEquals(OrderStatus.PENDING, sim.status("late"));
            assertEquals(120 * MS, sim.clockNanos());
        }
    }

    @Nested
    class VolumeAtThePrice {

        @Test
        void snapshotsEstimateVolumeAtTheLimitOnlyUntilTradesAreFed() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 50, 50, 100, 0));
            sim.submit(Order.limit("l", BTC, Side.BUY, 1, 99, 0));
            sim.advanceTo(100 * MS);
            assertEquals(50.0, sim.queueAhead("l"));
            // last trade at 99, 120 a minute, 30 s later: 60 estimated at the price, 50 ahead -> 10 past us
            sim.onMarket(new MarketConditions(BTC, 99, 101, 50, 50, 99, 120, 0.02, 30_100 * MS));
            assertEquals(1, sim.fills().size());
            assertEquals(FillType.MAKER, sim.fills().get(0).fillType());

            ExecutionSimulator fed = exact();
            fed.onMarket(quote(99, 101, 50, 50, 100, 0));
            fed.submit(Order.limit("l", BTC, Side.BUY, 1, 99, 0));
            fed.onTrade(BTC, 100, 1, 100 * MS); // trades are fed from now on: nothing is estimated
            fed.onMarket(new MarketConditions(BTC, 99, 101, 50, 50, 99, 120, 0.02, 30_100 * MS));
            assertTrue(fed.fills().isEmpty());
            assertEquals(50.0, fed.queueAhead("l"));
        }
    }

    @Nested
    class RestingLimitOrders {

        @Test
        void aLimitInsideTheSpreadRestsAndFillsPassivelyWhenTheAskComesDownToIt() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(49_995, 50_005, 2.5, 3, 50_000, 0));
            sim.submit(Order.limit("buy", BTC, Side.BUY, 1.0, 50_000, 0));
            sim.onMarket(quote(49_996, 50_004, 2, 2, 50_001, 200 * MS));
            assertEquals(OrderStatus.WORKING, sim.status("buy"));
            assertEquals(0.0, sim.queueAhead("buy"));
            assertTrue(sim.fills().isEmpty());
            sim.onMarket(quote(49_990, 50_000, 2, 2, 49_999, 400 * MS));
            Fill fill = sim.fills().get(0);
            assertEquals(FillType.PASSIVE, fill.fillType());
            assertEquals(50_000.0, fill.price(), 0.0);
            assertEquals(0.0, fill.slippageBps());
            assertEquals(25.0, fill.fee(), 1e-9); // maker 5 bps of 50,000
            assertEquals(OrderStatus.FILLED, sim.status("buy"));
        }

        @Test
        void tradesAtTheLimitConsumeTheQueueBeforeTheOrderFillsAsMaker() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(49_995, 50_005, 5, 5, 50_000, 0));
            sim.submit(Order.limit("buy", BTC, Side.BUY, 2.0, 49_995, 0));
            sim.advanceTo(100 * MS);
            assertEquals(5.0, sim.queueAhead("buy")); // behind the 5 displayed at the bid
            sim.onTrade(BTC, 49_995, 3, 200 * MS);
            assertEquals(2.0, sim.queueAhead("buy"), 1e-12);
            assertTrue(sim.fills().isEmpty());
            sim.onTrade(BTC, 49_995, 3, 300 * MS); // 2 consume the rest of the queue, 1 fills us
            Fill first = sim.fills().get(0);
            assertEquals(FillType.MAKER, first.fillType());
            assertEquals(1.0, first.size(), 1e-12);
            assertTrue(first.partial());
            assertEquals(1.0, sim.remaining("buy"), 1e-12);
            sim.onTrade(BTC, 49_990, 0.1, 400 * MS); // a trade below the limit: the level was swept
            Fill second = sim.fills().get(1);
            assertEquals(FillType.PASSIVE, second.fillType());
            assertEquals(1.0, second.size(), 1e-12);
            assertFalse(second.partial());
            assertEquals(OrderStatus.FILLED, sim.status("buy"));
        }

        @Test
        void aMarketableLimitTakesAtTheTouchButNeverBeyondItsLimit() {
            ExecutionModels slipping = EXACT.toBuilder().slippage((o, t, size, m, r) -> 10.0).build(); // 10 bps
            ExecutionSimulator sim = ExecutionSimulator.seeded(slipping, 1, FillListener.NONE);
            sim.onMarket(quote(49_995, 50_005, 5, 5, 50_000, 0));
            sim.submit(Order.limit("a", BTC, Side.BUY, 1, 50_100, 0));
            sim.submit(Order.limit("b", BTC, Side.BUY, 1, 50_010, 0));
            sim.advanceTo(100 * MS);
            Fill a = sim.fills().get(0);
            Fill b = sim.fills().get(1);
            assertEquals(FillType.TAKER, a.fillType());
            assertEquals(50_005 * 1.001, a.price(), 1e-6); // 10 bps above the ask
            assertEquals(10.0, a.slippageBps(), 1e-9);
            assertEquals(50_010.0, b.price(), 0.0); // capped at its limit
            assertEquals(5 / 50_005.0 * 10_000, b.slippageBps(), 1e-9); // the slippage actually applied
            assertEquals(50_010 * 10 / 10_000.0, b.fee(), 1e-9); // taker 10 bps
        }
    }

    @Nested
    class FeeTime {

        /** Charges the fill time in milliseconds, so each fill's fee shows the time its fee model was given. */
        private final ExecutionModels timeAsFee = EXACT.toBuilder().fee(
                (order, type, price, size, fillTimeNanos) -> fillTimeNanos / (double) MS).build();

        @Test
        void aTakingFillIsPricedAtTheTimeTheOrderReachesTheVenue() {
            ExecutionSimulator sim = ExecutionSimulator.seeded(timeAsFee, 1, FillListener.NONE);
            sim.onMarket(quote(49_995, 50_005, 5, 5, 50_000, 0));
            sim.submit(Order.market("buy", BTC, Side.BUY, 1.0, 10 * MS));
            sim.advanceTo(1_000 * MS);
            // sent at 10 ms, arrives after the 100 ms submit latency
            assertEquals(110.0, sim.fills().get(0).fee(), 0.0);
        }

        @Test
        void aRestingOrderIsPricedAtTheTimeItFillsNotTheTimeItWasSent() {
            ExecutionSimulator sim = ExecutionSimulator.seeded(timeAsFee, 1, FillListener.NONE);
            sim.onMarket(quote(49_995, 50_005, 2.5, 3, 50_000, 0));
            sim.submit(Order.limit("buy", BTC, Side.BUY, 1.0, 50_000, 0));
            sim.onMarket(quote(49_990, 50_000, 2, 2, 49_999, 5_000 * MS));
            Fill fill = sim.fills().get(0);
            assertEquals(5_000 * MS, fill.timeNanos());
            assertEquals(5_000.0, fill.fee(), 0.0);
        }
    }

    @Nested
    class PartialFills {

        @Test
        void aMarketOrderLargerThanTheDisplayedSizeFillsOverSeveralUpdates() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 1, 0.4, 100, 0));
            sim.submit(Order.market("m", BTC, Side.BUY, 1.0, 0));
            sim.onMarket(quote(99, 101, 1, 0.4, 100, 200 * MS));
            sim.onMarket(quote(99, 102, 1, 0.5, 100, 400 * MS));
            List<Fill> fills = sim.fills();
            assertEquals(3, fills.size());
            assertEquals(0.4, fills.get(0).size(), 1e-12);
            assertEquals(0.4, fills.get(1).size(), 1e-12);
            assertEquals(0.2, fills.get(2).size(), 1e-12);
            assertEquals(102.0, fills.get(2).price(), 0.0);
            assertTrue(fills.get(0).partial() && fills.get(1).partial() && !fills.get(2).partial());
            ExecutionStatistics stats = sim.statistics();
            assertEquals(2.0 / 3.0, stats.partialFillRate(), 1e-12);
            assertEquals(1.0, stats.fillRate());
        }
    }

    @Nested
    class Cancels {

        @Test
        void aCancelTakesEffectAfterItsLatencyAndEarlierFillsStand() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 1, 1, 100, 0));
            sim.submit(Order.limit("l", BTC, Side.BUY, 2, 100, 0));
            sim.advanceTo(100 * MS);
            assertTrue(sim.cancel("l", 150 * MS)); // arrives at 250 ms
            sim.onTrade(BTC, 99.5, 1, 200 * MS); // trades through before the cancel arrives
            assertEquals(1, sim.fills().size());
            assertEquals(OrderStatus.FILLED, sim.status("l"));
            assertFalse(sim.cancel("l", 300 * MS), "a filled order cannot be cancelled");
        }

        @Test
        void aCancelledOrderNeverFills() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 1, 1, 100, 0));
            sim.submit(Order.limit("l", BTC, Side.BUY, 2, 99.5, 0));
            sim.cancel("l", 10 * MS);
            sim.advanceTo(110 * MS);
            assertEquals(OrderStatus.CANCELLED, sim.status("l"));
            sim.onTrade(BTC, 90, 100, 200 * MS);
            assertTrue(sim.fills().isEmpty());
            assertEquals(1, sim.statistics().cancelledOrders());
        }

        @Test
        void aCancelNeverOvertakesItsOrder() {
            long[] delays = {100 * MS, 10 * MS, 0};
            int[] call = {0};
            ExecutionModels racing = EXACT.toBuilder().latency((kind, rng) -> delays[Math.min(call[0]++, 2)]).build();
            ExecutionSimulator sim = ExecutionSimulator.seeded(racing, 1, FillListener.NONE);
            sim.onMarket(quote(99, 101, 1, 1, 100, 0));
            sim.submit(Order.market("m", BTC, Side.BUY, 1, 0)); // arrives at 100 ms
            sim.cancel("m", 0); // would arrive at 10 ms, but is held behind its order
            sim.advanceTo(200 * MS);
            assertEquals(OrderStatus.FILLED, sim.status("m"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void duplicateOrderIdsAreRejectedAndNothingChanges() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 1, 1, 100, 0));
            sim.submit(Order.market("m", BTC, Side.BUY, 1, 0));
            ExecutionStatistics before = sim.statistics();
            var e = assertThrows(IllegalArgumentException.class,
                    () -> sim.submit(Order.market("m", BTC, Side.SELL, 5, 0)));
            assertEquals("order id 'm' was already submitted; ids must be unique", e.getMessage());
            assertEquals(before, sim.statistics());
            sim.advanceTo(100 * MS);
            assertEquals(Side.BUY, sim.fills().get(0).side());
        }

        @Test
        void unknownIdsAreRejected() {
            ExecutionSimulator sim = exact();
            var e = assertThrows(IllegalArgumentException.class, () -> sim.cancel("nope", 0));
            assertEquals("cannot cancel unknown order id 'nope'", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sim.status("nope"));
        }

        @Test
        void eventsOlderThanTheClockAreRejectedAndTheClockStays() {
            ExecutionSimulator sim = exact();
            sim.onMarket(quote(99, 101, 1, 1, 100, 500 * MS));
            var e = assertThrows(IllegalArgumentException.class, () -> sim.onMarket(quote(99, 101, 1, 1, 100, 0)));
            assertTrue(e.getMessage().startsWith("market BTC/USD timeNanos must not be before the simulator clock"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sim.submit(Order.market("m", BTC, Side.BUY, 1, 0)));
            assertEquals(500 * MS, sim.clockNanos());
            assertEquals(0, sim.statistics().totalOrders());
        }

        @Test
        void badTradesAreRejected() {
            ExecutionSimulator sim = exact();
            assertThrows(IllegalArgumentException.class, () -> sim.onTrade(BTC, Double.NaN, 1, 0));
            assertThrows(IllegalArgumentException.class, () -> sim.onTrade(BTC, 100, -1, 0));
        }

        @Test
        void aFillModelThatOverfillsIsReportedByName() {
            ExecutionSimulator sim = ExecutionSimulator.seeded(
                    EXACT.toBuilder().fill((o, t, r, a, m, g) -> r * 2).build(), 1, FillListener.NONE);
            sim.onMarket(quote(99, 101, 1, 1, 100, 0));
            sim.submit(Order.market("m", BTC, Side.BUY, 1, 0));
            var e = assertThrows(IllegalStateException.class, () -> sim.advanceTo(100 * MS));
            assertTrue(e.getMessage().startsWith("fill model"), e.getMessage());
        }
    }

    @Nested
    class Reproducibility {

        private List<Fill> run(long seed) {
            ExecutionSimulator sim = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, seed, FillListener.NONE);
            SplittableRandom market = new SplittableRandom(1234);
            double mid = 100;
            for (int i = 0; i < 2_000; i++) {
                long t = i * 250 * MS;
                double half = 0.01 + 0.02 * market.nextDouble();
                sim.onMarket(new MarketConditions(BTC, mid - half, mid + half, 1 + market.nextDouble() * 5,
                        1 + market.nextDouble() * 5, mid + (market.nextBoolean() ? half : -half),
                        50_000 + 100_000 * market.nextDouble(), 0.01 + 0.02 * market.nextDouble(), t));
                if (i % 10 == 0) {
                    Side side = market.nextBoolean() ? Side.BUY : Side.SELL;
                    double size = 0.5 + market.nextDouble() * 4_000;
                    sim.submit(i % 20 == 0 ? Order.market("o" + i, BTC, side, size, t)
                            : Order.limit("o" + i, BTC, side, size, mid + (side == Side.BUY ? -0.01 : 0.01), t));
                }
                mid *= Math.exp(0.0005 * market.nextGaussian());
            }
            sim.advanceTo(3_000 * 250 * MS);
            return sim.fills();
        }

        @Test
        void theSameSeedGivesIdenticalFills() {
            List<Fill> first = run(42);
            assertTrue(first.size() > 100, "scenario too quiet: " + first.size());
            assertTrue(first.stream().anyMatch(Fill::partial), "scenario has no partial fills");
            assertEquals(first, run(42));
        }

        @Test
        void anotherSeedGivesOtherFills() {
            assertNotEquals(run(42), run(43));
        }
    }

    @Test
    void statisticsAverageFeesSlippageAndLatency() {
        ExecutionSimulator sim = ExecutionSimulator.seeded(EXACT.toBuilder().slippage((o, t, s, m, r) -> 4.0).build(),
                1, FillListener.NONE);
        sim.onMarket(quote(99, 101, 10, 10, 100, 0));
        sim.submit(Order.market("a", BTC, Side.BUY, 2, 0)); // 101 * 1.0004 * 2 * 15 bps
        sim.submit(Order.limit("b", BTC, Side.SELL, 1, 102, 0)); // rests; never fills
        sim.advanceTo(1_000 * MS);
        ExecutionStatistics s = sim.statistics();
        assertEquals(2, s.totalOrders());
        assertEquals(1, s.filledOrders());
        assertEquals(0.5, s.fillRate());
        assertEquals(101 * 1.0004 * 2 * 0.0015, s.totalFees(), 1e-9);
        assertEquals(s.totalFees(), s.averageFeePerOrder(), 0.0); // one order traded
        assertEquals(4.0, s.averageSlippageBps(), 1e-9);
        assertEquals(150.0, s.averageFillLatencyMillis(), 1e-9);
    }

    @Test
    void anOrderOrCancelSentAtTheEndOfTheTimeLineIsAcceptedInsteadOfOverflowing() {
        ExecutionSimulator sim = exact();
        long end = Long.MAX_VALUE - 10;
        sim.submit(Order.limit("late", BTC, Side.BUY, 1, 50_000, end));
        assertEquals(OrderStatus.PENDING, sim.status("late"));
        assertTrue(sim.cancel("late", end));
    }
}
