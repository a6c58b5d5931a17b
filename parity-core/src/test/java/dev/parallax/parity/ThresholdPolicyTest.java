package dev.parallax.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdPolicyTest {

    private final ThresholdPolicy policy = ThresholdPolicy.DEFAULT;

    private static DailyParityReport report(int trades, double trackingError, CostAttribution attribution,
                                            double meanLatency, double drift) {
        return new DailyParityReport("s", LocalDate.of(2024, 1, 1), ZoneOffset.UTC,
                new DifferenceStatistics(trades, 0, trackingError, trackingError, trackingError), attribution,
                meanLatency, meanLatency, 0, drift, ReturnComparison.EMPTY, UnmatchedTrades.NONE);
    }

    private static DailyParityReport trackingError(int trades, double te) {
        return report(trades, te, CostAttribution.ZERO, 0, 0);
    }

    @Test
    void theDefaultsAreTheSeedDesignsNumbers() {
        assertEquals(new ParityThresholds(20, 50, 100, 30, 15, 10, 1_000, 200, 10), ParityThresholds.DEFAULTS);
    }

    @Test
    void trackingErrorLevelsAreReachedAtTheThreshold() {
        assertEquals(ParityStatus.ACTIVE, policy.evaluate(trackingError(10, 19.99)).status());
        assertEquals(ParityStatus.WARNING, policy.evaluate(trackingError(10, 20)).status());
        assertEquals(ParityStatus.WARNING, policy.evaluate(trackingError(10, 49.99)).status());
        assertEquals(ParityStatus.CRITICAL, policy.evaluate(trackingError(10, 50)).status());
        StatusVerdict disable = policy.evaluate(trackingError(10, 100));
        assertEquals(ParityStatus.DISABLED, disable.status());
        assertEquals(List.of(DisableTrigger.TRACKING_ERROR), disable.triggers());
        assertEquals("s on 2024-01-01: DISABLE TRACKING_ERROR: daily tracking error 100.00 bps >= limit 100.00 bps",
                disable.reason());
    }

    @Test
    void trackingErrorIsNotJudgedBelowTenTrades() {
        StatusVerdict verdict = policy.evaluate(trackingError(9, 500));
        assertEquals(ParityStatus.ACTIVE, verdict.status());
        assertFalse(verdict.trackingErrorJudged());
        assertTrue(policy.evaluate(trackingError(10, 0)).trackingErrorJudged());
    }

    @Test
    void eachMaximumDisablesOnlyWhenExceeded() {
        assertEquals(List.of(DisableTrigger.SLIPPAGE),
                policy.evaluate(report(1, 0, new CostAttribution(30.01, 0, 0, 0, 30.01), 0, 0)).triggers());
        assertEquals(List.of(), policy.evaluate(report(1, 0, new CostAttribution(30, 0, 0, 0, 30), 0, 0)).triggers());
        assertEquals(List.of(DisableTrigger.FEE_IMPACT),
                policy.evaluate(report(1, 0, new CostAttribution(0, 15.01, 0, 0, 15.01), 0, 0)).triggers());
        assertEquals(List.of(DisableTrigger.TIMING_IMPACT),
                policy.evaluate(report(1, 0, new CostAttribution(0, 0, 10.01, 0, 10.01), 0, 0)).triggers());
        assertEquals(List.of(DisableTrigger.LATENCY),
                policy.evaluate(report(1, 0, CostAttribution.ZERO, 1_000.1, 0)).triggers());
        assertEquals(List.of(), policy.evaluate(report(1, 0, CostAttribution.ZERO, 1_000, 0)).triggers());
        assertEquals(List.of(DisableTrigger.CUMULATIVE_DRIFT),
                policy.evaluate(report(1, 0, CostAttribution.ZERO, 0, 200.01)).triggers());
    }

    @Test
    void driftInEitherDirectionCountsButCostsOnlyWhenLiveIsWorse() {
        assertEquals(List.of(DisableTrigger.CUMULATIVE_DRIFT),
                policy.evaluate(report(1, 0, CostAttribution.ZERO, 0, -250)).triggers());
        assertEquals(List.of(),
                policy.evaluate(report(1, 0, new CostAttribution(-80, -40, -20, 140, 0), 0, 0)).triggers());
    }

    @Test
    void everyBreachIsNamedInTheReason() {
        StatusVerdict verdict = policy.evaluate(report(12, 60, new CostAttribution(31, 16, 0, 0, 47), 1_200, 0));
        assertEquals(List.of(DisableTrigger.SLIPPAGE, DisableTrigger.FEE_IMPACT, DisableTrigger.LATENCY),
                verdict.triggers());
        assertEquals("s on 2024-01-01: DISABLE SLIPPAGE: slippage 31.00 bps > limit 30.00 bps; "
                + "DISABLE FEE_IMPACT: fee impact 16.00 bps > limit 15.00 bps; "
                + "DISABLE LATENCY: mean latency 1200.00 ms > limit 1000.00 ms", verdict.reason());
    }

    @Test
    void thresholdsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParityThresholds(60, 50, 100, 30, 15, 10, 1_000, 200, 10));
        assertEquals("criticalTrackingErrorBps must be >= warningTrackingErrorBps (60.0), was 50.0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ParityThresholds(20, 50, 100, Double.NaN, 15, 10, 1_000, 200, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new ParityThresholds(20, 50, 100, 30, 15, 10, 1_000, 200, 0));
    }
}
