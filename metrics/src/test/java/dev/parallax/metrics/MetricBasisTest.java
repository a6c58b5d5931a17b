package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricBasisTest {

    @Test
    void annualRatesCompoundToPerPeriodRates() {
        var options = new MetricBasis(365, 0.04, 0.05).options();
        assertEquals(365, options.periodsPerYear());
        // 1.04^(1/365) - 1 and 1.05^(1/365) - 1, worked out apart from the code
        assertEquals(0.00010745978202786333, options.riskFreeRate(), 1e-15);
        assertEquals(0.000133681, options.requiredReturn(), 1e-9);
    }

    @Test
    void aBasisOfOnlyPeriodsHasNoRiskFreeRateAndATargetOfZero() {
        var options = MetricBasis.of(252).options();
        assertEquals(0, options.riskFreeRate());
        assertEquals(0, options.requiredReturn());
    }

    @Test
    void theBasisLineNamesEveryTerm() {
        assertEquals("basis: 365 periods/year, risk-free 0 a year, Sortino target 0 a year", MetricBasis.of(365).describe());
        assertEquals("basis: 260.5 periods/year, risk-free 4% a year, Sortino target 2.5% a year",
                new MetricBasis(260.5, 0.04, 0.025).describe());
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheFieldAndValue() {
        assertEquals("periods per year must be a finite number > 0, was -3.0",
                assertThrows(IllegalArgumentException.class, () -> MetricBasis.of(-3)).getMessage());
        assertEquals("risk-free rate must be a finite fraction > -1, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> new MetricBasis(365, -1, 0)).getMessage());
        assertEquals("Sortino target must be a finite fraction > -1, was NaN",
                assertThrows(IllegalArgumentException.class, () -> new MetricBasis(365, 0, Double.NaN)).getMessage());
    }
}
