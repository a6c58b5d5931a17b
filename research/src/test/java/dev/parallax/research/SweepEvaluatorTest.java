package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.BarExecution;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepEvaluatorTest {

    private final SweepEvaluator evaluator = new SweepEvaluator();
    private final SweepPoint point = SweepPoint.of(0, Map.of("fast", "5", "slow", "20"), Map.of(), 42);

    /**
     * The ideal models written so that they are not equal to the preset (latency "0.0" instead of "0"),
     * though they behave the same: the run goes through the event engine.
     */
    private static SweepPlan idealThroughTheEventEngine(SweepPlan plan) {
        SimulatorConfig same = SimulatorConfig.IDEAL.toBuilder().latency(new ModelChoice("constant", ModelSettings.of(
                "submit_ms", "0", "market_data_ms", "0", "notification_ms", "0.0"))).build();
        return new SweepPlan(BaseRun.of("sma-cross", Map.of("units", "10"), same, 100_000, BarExecution.NEXT_BAR_OPEN, 0,
                new AccountSpec(false, 0, 0, 0, 0)), plan.data(), plan.window(), plan.basis());
    }

    @Test
    void theFastPathGivesTheEventEnginesFiguresUnderIdealExecution() {
        SweepPlan plan = Plans.ideal(3_000);
        SweepEvaluator.Traded fastRun = evaluator.evaluateWithTrades(plan, point);
        SweepEvaluator.Traded slowRun = evaluator.evaluateWithTrades(idealThroughTheEventEngine(plan), point);
        SweepRow fast = fastRun.row();
        SweepRow slow = slowRun.row();
        assertEquals(fast, evaluator.evaluate(plan, point));
        assertTrue(fast.columnar());
        assertFalse(slow.columnar());
        assertTrue(fast.metrics().trades() > 20, "too few trades to compare: " + fast.metrics().trades());
        assertEquals(126, fast.dayTimes().length, "bars end at hours 1 to 3,000: on UTC days 0 to 125");
        assertArrayEquals(slow.dayTimes(), fast.dayTimes());
        assertArrayEquals(slow.dailyReturns(), fast.dailyReturns(), 1e-12);
        assertArrayEquals(slowRun.tradePnls(), fastRun.tradePnls(), 1e-9);
        assertEquals(fast.metrics().trades(), fastRun.tradePnls().length);
        assertEquals(slow.metrics().sharpe(), fast.metrics().sharpe(), 1e-9);
        assertEquals(slow.metrics().finalEquity(), fast.metrics().finalEquity(), 1e-6);
    }

    @Test
    void realisticModelsRunThroughTheEventEngineAndDependOnTheSeed() {
        SweepPlan plan = Plans.realistic(1_500);
        SweepRow a = evaluator.evaluate(plan, point);
        assertFalse(a.columnar());
        assertEquals(a, evaluator.evaluate(plan, point), "the same point twice");
        assertNotEquals(a.metrics(), evaluator.evaluate(plan, point.withSeed(43)).metrics(), "another seed");
    }

    @Test
    void aPointsModelSettingReachesTheModel() {
        SweepPlan plan = Plans.realistic(1_500);
        SweepRow cheap = evaluator.evaluate(plan, point);
        SweepRow dear = evaluator.evaluate(plan, SweepPoint.of(0, point.strategySettings(),
                Map.of("fee.taker_bps", "100", "fee.market_bps", "100"), 42));
        assertTrue(dear.metrics().finalEquity() < cheap.metrics().finalEquity(),
                "100 bps fees cost more: " + dear.metrics().finalEquity() + " vs " + cheap.metrics().finalEquity());
    }

    @Test
    void aSettingTheStrategyRefusesNamesThePoint() {
        SweepPoint bad = SweepPoint.of(3, Map.of("fast", "5", "slow", "20", "speed", "9"), Map.of(), 42);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(Plans.ideal(100), bad));
        assertTrue(e.getMessage().startsWith("point 3 {fast=5, slow=20, speed=9}: "), e.getMessage());
        assertTrue(e.getMessage().contains("speed"), e.getMessage());
    }

    @Test
    void aModelSettingOfAnUnknownKindIsRefused() {
        SweepPoint bad = SweepPoint.of(0, Map.of(), Map.of("broker.rate", "1"), 42);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(Plans.ideal(100), bad));
        assertTrue(e.getMessage().contains("unknown kind 'broker'"), e.getMessage());
    }

    @Test
    void checkRefusesTheFirstBadPointBeforeAnythingRuns() {
        java.util.List<SweepPoint> points = new java.util.ArrayList<>(Plans.grid(new int[] {5, 30}, new int[] {20}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepEvaluator.check(Plans.ideal(100), points));
        assertTrue(e.getMessage().startsWith("point 1 {fast=30, slow=20}: "), e.getMessage());
        SweepPoint badModel = SweepPoint.of(0, Map.of(), Map.of("slippage.bogus", "1"), 42);
        e = assertThrows(IllegalArgumentException.class,
                () -> SweepEvaluator.check(Plans.realistic(100), java.util.List.of(badModel)));
        assertTrue(e.getMessage().startsWith("point 0 {slippage.bogus=1}: ") && e.getMessage().contains("bogus"),
                e.getMessage());
        SweepEvaluator.check(Plans.ideal(100), points.subList(0, 1));
    }

    @Test
    void aWindowLimitsTheBarsARunSees() {
        SweepPlan plan = Plans.ideal(3_000);
        long start = 946_684_800_000_000_000L;
        long from = start + 24 * 10 * Plans.HOUR;
        SweepRow row = evaluator.evaluate(plan.withWindow(new BarWindow(from, from + 24 * 30 * Plans.HOUR)), point);
        assertEquals(30, row.dayTimes().length);
        assertTrue(row.dayTimes()[0] >= from);
    }

    @Test
    void planPointAndRowSurviveJavaSerialization() throws Exception {
        SweepPlan plan = Plans.realistic(500);
        SweepRow row = evaluator.evaluate(plan, point);
        assertEquals(plan, roundTrip(plan));
        assertEquals(point, roundTrip(point));
        assertEquals(row, roundTrip(row));
        SweepEvaluator copy = roundTrip(evaluator);
        assertEquals(row, copy.evaluate(roundTrip(plan), roundTrip(point)), "a shipped evaluator gives the same row");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
