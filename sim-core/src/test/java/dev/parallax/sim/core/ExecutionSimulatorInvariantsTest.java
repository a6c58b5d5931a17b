package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.core.latency.LatencyRange;
import dev.parallax.sim.core.latency.UniformSpikeLatencyModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Properties of whole runs of {@link MixedScenario} (several symbols, market and limit orders,
 * partial fills, cancels, trades) with the default models, and with latency spikes in three draws
 * of ten.
 */
class ExecutionSimulatorInvariantsTest {

    private static final long MS = 1_000_000L;
    private static final int STEPS = 3_000;
    /** The default models with a spike in 30% of latency draws, twenty times as long. */
    private static final ExecutionModels SPIKY = ExecutionModels.builder().latency(new UniformSpikeLatencyModel(
            new LatencyRange(50, 200), new LatencyRange(5, 50), new LatencyRange(20, 100), 0.3, 20)).build();

    private static MixedScenario.Run run(ExecutionModels models, long seed, long inputSeed) {
        return MixedScenario.run(listener -> ExecutionSimulator.seeded(models, seed, listener), inputSeed, STEPS);
    }

    /**
     * Digests of the fill streams recorded on the simulator before its internals were rewritten for
     * speed (commit 6b2076c): the rewrite, and any later one, must give the same fills bit for bit.
     * A change to a model or to the rules of execution changes them on purpose; record new digests then.
     */
    @ParameterizedTest
    @CsvSource({
            "defaults, 1, 101, 1120, 2c5535d82699d5a6f5ea21f4eb7d795b220efebbb8fe69b188afe2b6487be46b",
            "defaults, 2, 102, 1195, 30210739b9e18f8a5c332ce4d724e003db9a3f2fc6089664c17bd46fb4ee708f",
            "defaults, 3, 103, 1168, a26d534360f48e9a581ccf04806ddb815ecb73a639b0bbd2441a76554f714c91",
            "spiky, 1, 201, 1174, b0aa64676c6a4c803686d29d668007f4995f1d6bf8a69409e15e0c2a32f8341f",
            "spiky, 2, 202, 1165, 8bd1a2a9bdb5664e4ec7e369f4be164e388847066dc3075666e388695268d773",
            "spiky, 3, 203, 1166, bd299ae0fe424142088520476d2198805588487bb31f281114aabdd48943a011"})
    void theFillsOfRecordedScenariosAreUnchangedBitForBit(String models, long seed, long inputSeed, int fills,
                                                          String digest) {
        MixedScenario.Run run = run(models.equals("spiky") ? SPIKY : ExecutionModels.DEFAULTS, seed, inputSeed);
        assertEquals(fills, run.notified().size());
        assertEquals(digest, FillDigest.of(run.notified()));
    }

    /**
     * The simulator reuses the records of finished orders for later ones. Every order's status,
     * unfilled size and fills must still be its own: the counts of the statistics agree with the
     * orders' statuses and fills, and each order's fills and unfilled size add up to its size.
     */
    @ParameterizedTest
    @CsvSource({"defaults, 1, 101", "spiky, 2, 202", "spiky, 3, 203"})
    void everyOrderKeepsItsOwnStateWhileRecordsAreReused(String models, long seed, long inputSeed) {
        MixedScenario.Run run = run(models.equals("spiky") ? SPIKY : ExecutionModels.DEFAULTS, seed, inputSeed);
        ExecutionSimulator sim = run.simulator();
        Map<String, Double> filled = new HashMap<>();
        for (Fill f : sim.fills()) {
            filled.merge(f.orderId(), f.size(), Double::sum);
        }
        long filledOrders = 0;
        long cancelledOrders = 0;
        for (Order o : run.orders().values()) {
            OrderStatus status = sim.status(o.id());
            filledOrders += status == OrderStatus.FILLED ? 1 : 0;
            cancelledOrders += status == OrderStatus.CANCELLED ? 1 : 0;
            double done = filled.getOrDefault(o.id(), 0.0);
            assertEquals(o.size(), done + sim.remaining(o.id()), 1e-9 * o.size(), "fills and unfilled size of " + o.id());
            if (status == OrderStatus.FILLED) {
                assertEquals(0.0, sim.remaining(o.id()), "unfilled size of filled order " + o.id());
            }
        }
        ExecutionStatistics stats = sim.statistics();
        assertEquals(run.orders().size(), stats.totalOrders());
        assertEquals(filledOrders, stats.filledOrders());
        assertEquals(cancelledOrders, stats.cancelledOrders());
        assertEquals(filled.size(), stats.ordersWithFills());
        assertTrue(cancelledOrders > 0 && filledOrders > 100, filledOrders + " filled, " + cancelledOrders + " cancelled");
    }

    @Test
    void theRecordedScenariosReachEveryKindOfFillPartialsAndCancels() {
        MixedScenario.Run run = run(SPIKY, 1, 201);
        Set<FillType> types = run.notified().stream().map(Fill::fillType).collect(Collectors.toSet());
        assertEquals(Set.of(FillType.values()), types);
        assertTrue(run.notified().stream().anyMatch(Fill::partial), "no partial fill");
        assertTrue(run.simulator().statistics().cancelledOrders() > 0, "no cancel took effect");
        assertEquals(3, run.notified().stream().map(Fill::symbol).distinct().count());
    }

    @Test
    void theSameSeedAndInputsGiveIdenticalFills() {
        MixedScenario.Run first = run(ExecutionModels.DEFAULTS, 9, 99);
        MixedScenario.Run second = run(ExecutionModels.DEFAULTS, 9, 99);
        assertEquals(first.notified(), second.notified());
        assertEquals(first.simulator().fills(), second.simulator().fills());
        assertEquals(first.simulator().statistics(), second.simulator().statistics());
    }

    @Test
    void anotherSeedGivesOtherFills() {
        assertNotEquals(run(ExecutionModels.DEFAULTS, 9, 99).notified(), run(ExecutionModels.DEFAULTS, 10, 99).notified());
    }

    @Test
    void everyFillIsNotifiedOnceAndTheVenueOrderHoldsTheSameFills() {
        MixedScenario.Run run = run(SPIKY, 4, 44);
        assertEquals(run.simulator().fills().size(), run.notified().size());
        assertEquals(Set.copyOf(run.simulator().fills()), Set.copyOf(run.notified()));
        assertEquals(run.notified().size(), run.simulator().statistics().fills());
    }

    @Test
    void filledSizeAddsUpToTheOrderSizeLessWhatRemains() {
        MixedScenario.Run run = run(SPIKY, 5, 55);
        Map<String, Double> filled = new HashMap<>();
        for (Fill f : run.notified()) {
            filled.merge(f.orderId(), f.size(), Double::sum);
        }
        for (Order o : run.orders().values()) {
            double sum = filled.getOrDefault(o.id(), 0.0);
            double remaining = run.simulator().remaining(o.id());
            assertEquals(o.size(), sum + remaining, o.size() * 1e-9, "order " + o.id());
            assertTrue(remaining >= 0, "order " + o.id() + " has " + remaining + " remaining");
            assertEquals(remaining == 0.0, run.simulator().status(o.id()) == OrderStatus.FILLED, "order " + o.id());
        }
    }

    @Test
    void onlyTheLastFillOfAnOrderLeavesNothingOpen() {
        MixedScenario.Run run = run(ExecutionModels.DEFAULTS, 6, 66);
        Map<String, Fill> last = new HashMap<>();
        for (Fill f : run.simulator().fills()) {
            Fill before = last.put(f.orderId(), f);
            assertTrue(before == null || before.partial(), "order " + f.orderId() + " filled after a complete fill");
        }
        for (Fill f : last.values()) {
            assertEquals(run.simulator().status(f.orderId()) != OrderStatus.FILLED, f.partial(), f.orderId());
        }
    }

    @Test
    void noOrderFillsBeforeItsSubmitLatencyHasElapsed() {
        for (ExecutionModels models : new ExecutionModels[] {ExecutionModels.DEFAULTS, SPIKY}) {
            MixedScenario.Run run = run(models, 7, 77);
            assertFalse(run.notified().isEmpty());
            for (Fill f : run.notified()) {
                Order o = run.orders().get(f.orderId());
                assertTrue(f.timeNanos() >= o.timeNanos() + 50 * MS,
                        "order " + o.id() + " sent at " + o.timeNanos() + " filled at " + f.timeNanos());
                assertTrue(f.latencyNanos() >= 70 * MS, "latency below submit + notification minimum: " + f);
            }
        }
    }
}
