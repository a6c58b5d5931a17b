package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.latency.LatencyRange;
import dev.parallax.sim.core.latency.UniformSpikeLatencyModel;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final long MS = 1_000_000L;

    private static ExecutionSimulator workingOnly() {
        return ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 1, FillListener.NONE, Retention.WORKING_ONLY);
    }

    private static MarketConditions market(long timeNanos) {
        return new MarketConditions("X", 99.99, 100.01, 5, 5, 100, 50_000, 0.01, timeNanos);
    }

    @Test
    void keepingOnlyWorkingOrdersGivesTheSameFillsAndStatisticsAsKeepingEverything() {
        for (ExecutionModels models : new ExecutionModels[] {ExecutionModels.DEFAULTS,
                ExecutionModels.builder().latency(new UniformSpikeLatencyModel(new LatencyRange(50, 200),
                        new LatencyRange(5, 50), new LatencyRange(20, 100), 0.3, 20)).build()}) {
            MixedScenario.Run all = MixedScenario.run(
                    listener -> ExecutionSimulator.seeded(models, 8, listener, Retention.ALL), 88, 3_000);
            MixedScenario.Run working = MixedScenario.run(
                    listener -> ExecutionSimulator.seeded(models, 8, listener, Retention.WORKING_ONLY), 88, 3_000);
            assertEquals(all.notified(), working.notified());
            assertEquals(all.simulator().statistics(), working.simulator().statistics());
        }
    }

    @Test
    void theDefaultKeepsEverything() {
        assertEquals(Retention.ALL, ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 1, FillListener.NONE).retention());
    }

    @Test
    void aFinishedOrderIsForgottenAndItsIdMayBeUsedAgain() {
        ExecutionSimulator sim = workingOnly();
        sim.onMarket(market(0));
        sim.submit(Order.market("m", "X", Side.BUY, 0.1, 0));
        sim.submit(Order.limit("far", "X", Side.BUY, 1, 90, 0));
        assertEquals(OrderStatus.PENDING, sim.status("m"));
        sim.advanceTo(2_000 * MS);
        assertEquals(1, sim.statistics().filledOrders());
        var unknown = assertThrows(IllegalArgumentException.class, () -> sim.status("m"));
        assertTrue(unknown.getMessage().contains("forgets finished orders"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.cancel("m", 2_000 * MS));
        assertEquals(OrderStatus.WORKING, sim.status("far"));
        var duplicate = assertThrows(IllegalArgumentException.class,
                () -> sim.submit(Order.limit("far", "X", Side.BUY, 1, 90, 2_000 * MS)));
        assertTrue(duplicate.getMessage().contains("among working orders"), duplicate.getMessage());
        sim.submit(Order.market("m", "X", Side.SELL, 0.1, 2_000 * MS));
        assertEquals(3, sim.statistics().totalOrders());
    }

    @Test
    void aCancelledOrderIsForgottenOnceTheCancelArrives() {
        ExecutionSimulator sim = workingOnly();
        sim.onMarket(market(0));
        sim.submit(Order.limit("far", "X", Side.SELL, 1, 110, 0));
        sim.advanceTo(2_000 * MS);
        assertTrue(sim.cancel("far", 2_000 * MS));
        assertEquals(OrderStatus.WORKING, sim.status("far"));
        sim.advanceTo(4_000 * MS);
        assertThrows(IllegalArgumentException.class, () -> sim.status("far"));
        assertEquals(1, sim.statistics().cancelledOrders());
    }

    @Test
    void isWorkingAnswersForAnyIdWithEitherRetention() {
        for (Retention retention : Retention.values()) {
            ExecutionSimulator sim = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 1, FillListener.NONE, retention);
            sim.onMarket(market(0));
            sim.submit(Order.market("m", "X", Side.BUY, 0.1, 0));
            sim.submit(Order.limit("far", "X", Side.SELL, 1, 110, 0));
            assertTrue(sim.isWorking("m"), "pending");
            assertTrue(sim.isWorking("far"), "pending");
            sim.advanceTo(2_000 * MS);
            assertFalse(sim.isWorking("m"), "filled");
            assertTrue(sim.isWorking("far"), "resting");
            assertTrue(sim.cancel("far", 2_000 * MS));
            assertTrue(sim.isWorking("far"), "the cancel is on its way");
            sim.advanceTo(4_000 * MS);
            assertFalse(sim.isWorking("far"), "cancelled");
            assertFalse(sim.isWorking("never"), "never submitted");
        }
    }

    @Test
    void keepingEverythingAnswersForFinishedOrdersAndNeverReusesTheirIds() {
        ExecutionSimulator sim = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 1, FillListener.NONE);
        sim.onMarket(market(0));
        sim.submit(Order.market("m", "X", Side.BUY, 0.1, 0));
        sim.submit(Order.limit("far", "X", Side.SELL, 1, 110, 0));
        sim.advanceTo(2_000 * MS);
        assertTrue(sim.cancel("far", 2_000 * MS));
        sim.advanceTo(4_000 * MS);
        assertEquals(OrderStatus.FILLED, sim.status("m"));
        assertEquals(0.0, sim.remaining("m"));
        assertEquals(OrderStatus.CANCELLED, sim.status("far"));
        assertEquals(1.0, sim.remaining("far"));
        assertTrue(Double.isNaN(sim.queueAhead("far")));
        assertEquals(false, sim.cancel("m", 4_000 * MS));
        assertEquals(false, sim.cancel("far", 4_000 * MS));
        for (String id : new String[] {"m", "far"}) {
            var duplicate = assertThrows(IllegalArgumentException.class,
                    () -> sim.submit(Order.market(id, "X", Side.BUY, 1, 4_000 * MS)));
            assertTrue(duplicate.getMessage().contains("already submitted"), duplicate.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> sim.status("never"));
        assertThrows(IllegalArgumentException.class, () -> sim.queueAhead("never"));
        assertThrows(IllegalArgumentException.class, () -> sim.cancel("never", 4_000 * MS));
        assertEquals(2, sim.statistics().totalOrders());
    }

    @Test
    void noFillListIsKeptSoAskingForItFailsWithTheWayOut() {
        var e = assertThrows(IllegalStateException.class, () -> workingOnly().fills());
        assertTrue(e.getMessage().contains("FillListener"), e.getMessage());
    }
}
