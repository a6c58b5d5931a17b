package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricOptionsTest {

    @Test
    void defaultsAreDailyEquityReturnsWithAFivePercentCutoff() {
        assertEquals(new MetricOptions(252, 0, 0, 0.05), MetricOptions.DEFAULT);
        assertEquals(365, MetricOptions.ofPeriodsPerYear(365).periodsPerYear(), 0.0);
    }

    @Test
    void anAnnualRateCompoundsDownToAPeriodRate() {
        // (1 + 0.1)^(1/12) - 1, and twelve of those compound back to 10%
        double monthly = MetricOptions.perPeriodRate(0.10, 12);
        assertEquals(Math.pow(1.1, 1.0 / 12) - 1, monthly, 1e-15);
        assertEquals(0.10, Math.pow(1 + monthly, 12) - 1, 1e-12);
    }

    @Test
    void periodsPerYearChangesTheAnnualisation() {
        double[] returns = {0.01, 0.02, 0.03};
        double daily = ReturnMetrics.DEFAULT.sharpe(returns);
        double crypto = new ReturnMetrics(MetricOptions.ofPeriodsPerYear(365)).sharpe(returns);
        assertEquals(Math.sqrt(365.0 / 252.0), crypto / daily, 1e-12);
    }

    @Test
    void invalidOptionsAreRejectedWithTheFieldAndValue() {
        assertEquals("periodsPerYear must be a finite number > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> MetricOptions.ofPeriodsPerYear(0)).getMessage());
        assertEquals("cutoff must be strictly between 0 and 1, was 1.0",
                assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().cutoff(1).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().riskFreeRate(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().requiredReturn(-1).build());
        assertThrows(IllegalArgumentException.class, () -> MetricOptions.perPeriodRate(0.05, Double.POSITIVE_INFINITY));
    }
}
