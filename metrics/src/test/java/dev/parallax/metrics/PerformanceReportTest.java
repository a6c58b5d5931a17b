package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PerformanceReportTest {

    @Test
    void theReportHoldsWhatTheSingleMethodsCompute() {
        double[] returns = Reference.returnsOf("fatTailedCrypto");
        MetricOptions options = MetricOptions.builder().periodsPerYear(365).riskFreeRate(0.0001).requiredReturn(0.001).build();
        ReturnMetrics metrics = new ReturnMetrics(options);
        SharpeTrials trials = new SharpeTrials(10, 0.8);
        PerformanceReport report = PerformanceReport.of(returns, options, trials);
        assertEquals(metrics.totalReturn(returns), report.totalReturn(), 0.0);
        assertEquals(metrics.cagr(returns), report.cagr(), 0.0);
        assertEquals(metrics.annualVolatility(returns), report.annualVolatility(), 0.0);
        assertEquals(metrics.sharpe(returns), report.sharpe(), 0.0);
        assertEquals(metrics.sortino(returns), report.sortino(), 0.0);
        assertEquals(metrics.maxDrawdown(returns), report.maxDrawdown());
        assertEquals(metrics.calmar(returns), report.calmar(), 0.0);
        assertEquals(metrics.omega(returns), report.omega(), 0.0);
        assertEquals(metrics.tailRatio(returns), report.tailRatio(), 0.0);
        assertEquals(metrics.valueAtRisk(returns), report.valueAtRisk(), 0.0);
        assertEquals(metrics.conditionalValueAtRisk(returns), report.conditionalValueAtRisk(), 0.0);
        assertEquals(metrics.stability(returns), report.stability(), 0.0);
        assertEquals(metrics.skewness(returns), report.skewness(), 0.0);
        assertEquals(metrics.excessKurtosis(returns), report.excessKurtosis(), 0.0);
        assertEquals(metrics.probabilisticSharpe(returns, 0), report.probabilisticSharpe(), 0.0);
        assertEquals(metrics.deflatedSharpe(returns, trials), report.deflatedSharpe(), 0.0);
    }

    @Test
    void theReportsTailFiguresAreBitForBitThoseOfTheSingleMethodsWhateverTheSeries() {
        // The report asks the same window for VaR before CVaR; the sum behind CVaR must not depend on that.
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        ReturnMetrics metrics = ReturnMetrics.DEFAULT;
        for (int trial = 0; trial < 200; trial++) {
            double[] returns = new double[20 + random.nextInt(400)];
            for (int i = 0; i < returns.length; i++) {
                returns[i] = trial % 2 == 0 ? (random.nextInt(2001) - 1000) / 10_000.0 : 0.02 * random.nextGaussian();
            }
            PerformanceReport report = metrics.report(returns);
            assertEquals(metrics.conditionalValueAtRisk(returns), report.conditionalValueAtRisk(), 0.0, "trial " + trial);
            assertEquals(metrics.valueAtRisk(returns), report.valueAtRisk(), 0.0, "trial " + trial);
            assertEquals(metrics.tailRatio(returns), report.tailRatio(), 0.0, "trial " + trial);
        }
    }

    @Test
    void aReportFromAnEquityCurveEqualsTheReportFromItsReturns() {
        Reference.SpyCloses spy = Reference.spy();
        PerformanceReport fromEquity = PerformanceReport.ofEquity(spy.closes(), MetricOptions.DEFAULT);
        PerformanceReport fromReturns = PerformanceReport.of(EquityCurve.toReturns(spy.closes()));
        assertEquals(fromReturns, fromEquity);
        assertEquals(316, fromEquity.periods());
    }

    @Test
    void nullOptionsOrTrialsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PerformanceReport.of(new double[] {0.1}, null));
        assertThrows(IllegalArgumentException.class,
                () -> PerformanceReport.of(new double[] {0.1}, MetricOptions.DEFAULT, null));
    }
}
