package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand (the arithmetic is in the comments) and the defined edge cases. */
class ReturnMetricsTest {

    private static final double EPS = 1e-12;
    private static final ReturnMetrics DAILY = ReturnMetrics.DEFAULT;

    @Nested
    class ByHand {

        @Test
        void sharpeUsesTheSampleStandardDeviationAndSquareRootOfPeriods() {
            // mean 0.02; deviations -0.01, 0, 0.01; sample variance 0.0002 / 2 = 0.0001; sd 0.01
            // Sharpe = 0.02 / 0.01 * sqrt(252) = 2 sqrt(252)
            assertEquals(2 * Math.sqrt(252), DAILY.sharpe(new double[] {0.01, 0.02, 0.03}), EPS);
            assertEquals(0.01 * Math.sqrt(252), DAILY.annualVolatility(new double[] {0.01, 0.02, 0.03}), EPS);
        }

        @Test
        void sharpeSubtractsTheRiskFreeRatePerPeriod() {
            // excess returns 0.005, 0.015, 0.025: mean 0.015, sd still 0.01 -> 1.5 sqrt(252)
            ReturnMetrics metrics = new ReturnMetrics(MetricOptions.builder().riskFreeRate(0.005).build());
            assertEquals(1.5 * Math.sqrt(252), metrics.sharpe(new double[] {0.01, 0.02, 0.03}), 1e-9);
        }

        @Test
        void sortinoDividesTheDownsideSquaresByAllPeriods() {
            // returns 0.02, -0.01, 0.03, -0.02: mean 0.005
            // shortfalls 0, -0.01, 0, -0.02; squares sum 0.0005; over n = 4 -> 0.000125; DD = sqrt(0.000125)
            // Sortino = 0.005 / sqrt(0.000125) * sqrt(252) = sqrt(0.000025 / 0.000125 * 252) = sqrt(50.4)
            double[] returns = {0.02, -0.01, 0.03, -0.02};
            assertEquals(Math.sqrt(50.4), DAILY.sortino(returns), 1e-9);
            assertEquals(Math.sqrt(0.000125 * 252), DAILY.downsideDeviation(returns), EPS);
        }

        @Test
        void sortinoMeasuresAgainstTheRequiredReturn() {
            // target 0.01: excess 0.01, -0.02, 0.02, -0.03, mean -0.005
            // shortfall squares 0.0004 + 0.0009 = 0.0013 over 4 -> 0.000325
            double[] returns = {0.02, -0.01, 0.03, -0.02};
            ReturnMetrics metrics = new ReturnMetrics(MetricOptions.builder().requiredReturn(0.01).build());
            assertEquals(-0.005 / Math.sqrt(0.000325) * Math.sqrt(252), metrics.sortino(returns), 1e-9);
        }

        @Test
        void totalReturnAndCagrCompound() {
            // 1.1 * 0.9 = 0.99 -> total -0.01; two periods at 2 a year is one year: CAGR -0.01
            double[] returns = {0.1, -0.1};
            assertEquals(-0.01, DAILY.totalReturn(returns), EPS);
            assertEquals(-0.01, new ReturnMetrics(MetricOptions.ofPeriodsPerYear(2)).cagr(returns), EPS);
            // at 1 a year it is two years: 0.99^(1/2) - 1
            assertEquals(Math.sqrt(0.99) - 1, new ReturnMetrics(MetricOptions.ofPeriodsPerYear(1)).cagr(returns), EPS);
        }

        @Test
        void calmarIsCagrOverTheDeepestFall() {
            // curve 1, 1.1, 0.55, 1.1, 1.21 over one year (4 periods at 4 a year): CAGR 0.21, max drawdown -0.5
            double[] returns = {0.1, -0.5, 1.0, 0.1};
            ReturnMetrics quarterly = new ReturnMetrics(MetricOptions.ofPeriodsPerYear(4));
            assertEquals(0.42, quarterly.calmar(returns), EPS);
        }

        @Test
        void omegaIsGainsOverLossesAroundTheThreshold() {
            double[] returns = {0.02, -0.01, 0.03, -0.02};
            // threshold 0: gains 0.05, losses 0.03
            assertEquals(5.0 / 3.0, DAILY.omega(returns), EPS);
            // threshold rf + required = 0.01: excess 0.01, -0.02, 0.02, -0.03 -> gains 0.03, losses 0.05
            ReturnMetrics metrics = new ReturnMetrics(
                    MetricOptions.builder().riskFreeRate(0.005).requiredReturn(0.005).build());
            assertEquals(0.6, metrics.omega(returns), EPS);
        }

        @Test
        void varCvarAndTailRatioUseNumpysLinearQuantile() {
            // -0.05, -0.04, ..., 0.14 (20 values)
            double[] returns = new double[20];
            for (int i = 0; i < 20; i++) {
                returns[i] = (i - 5) / 100.0;
            }
            // q(0.05): h = 19 * 0.05 = 0.95 -> -0.05 + 0.95 * 0.01 = -0.0405
            assertEquals(-0.0405, DAILY.valueAtRisk(returns), EPS);
            // CVaR: floor(19 * 0.05) + 1 = 1 lowest value
            assertEquals(-0.05, DAILY.conditionalValueAtRisk(returns), EPS);
            // q(0.95): h = 18.05 -> 0.13 + 0.05 * 0.01 = 0.1305; 0.1305 / 0.0405 = 29 / 9
            assertEquals(29.0 / 9.0, DAILY.tailRatio(returns), 1e-9);
            // 10% cutoff: h = 1.9 -> -0.04 + 0.9 * 0.01 = -0.031; CVaR over floor(1.9) + 1 = 2 lowest: -0.045
            ReturnMetrics tenPercent = new ReturnMetrics(MetricOptions.builder().cutoff(0.10).build());
            assertEquals(-0.031, tenPercent.valueAtRisk(returns), EPS);
            assertEquals(-0.045, tenPercent.conditionalValueAtRisk(returns), EPS);
        }

        @Test
        void momentsAreTheBiasedSampleMoments() {
            // 0, 0, 0, 0.01 (scale does not matter; take 0, 0, 0, 1): mean 1/4
            // m2 = (3/16 + 9/16) / 4 = 3/16; m3 = (-3/64 + 27/64) / 4 = 3/32; m4 = (3/256 + 81/256) / 4 = 21/256
            // g1 = (3/32) / (3/16)^1.5 = 2 / sqrt(3); g2 = (21/256) / (9/256) - 3 = -2/3
            double[] returns = {0, 0, 0, 0.01};
            assertEquals(2 / Math.sqrt(3), DAILY.skewness(returns), 1e-9);
            assertEquals(-2.0 / 3.0, DAILY.excessKurtosis(returns), 1e-9);
            assertEquals(0.0, DAILY.skewness(new double[] {-0.01, 0, 0.01}), EPS);
            // two points: m4 / m2^2 = 1 -> excess kurtosis -2
            assertEquals(-2.0, DAILY.excessKurtosis(new double[] {-0.01, 0.01}), EPS);
        }

        @Test
        void stabilityIsOneForSteadyCompoundingAndZeroForAFlatCurve() {
            double[] steady = {0.01, 0.01, 0.01, 0.01, 0.01};
            assertEquals(1.0, DAILY.stability(steady), EPS);
            assertEquals(0.0, DAILY.stability(new double[] {0, 0, 0}), 0.0);
            // cumulative log returns 0, ln 2, 0 against 0, 1, 2: slope 0, so R^2 = 0
            assertEquals(0.0, DAILY.stability(new double[] {0, 1.0, -0.5}), EPS);
        }

        @Test
        void probabilisticSharpeIsOneHalfAgainstItsOwnSharpeRatio() {
            // SR - SR* = 0 -> Phi(0) = 0.5 whatever the moments
            double[] returns = {0.02, -0.01, 0.03, -0.02, 0.015, 0.001, -0.004};
            assertEquals(0.5, DAILY.probabilisticSharpe(returns, DAILY.sharpe(returns)), 1e-12);
        }

        @Test
        void probabilisticSharpeOfASymmetricNormalSample() {
            // -0.01, 0.01, 0.03: mean 0.01, sd 0.02, SR = 0.5 per period; g1 = 0; m2 = 8e-4/3, m4 = 3.2e-7/3
            // kurtosis = (3.2e-7/3) / (8e-4/3)^2 = 1.5; variance term 1 + (1.5 - 1)/4 * 0.25 = 1.03125
            // z = 0.5 * sqrt(2) / sqrt(1.03125) = 0.69631..., PSR = Phi(z)
            double z = 0.5 * Math.sqrt(2) / Math.sqrt(1.03125);
            double expected = 0.5 * org.apache.commons.math3.special.Erf.erfc(-z / Math.sqrt(2));
            assertEquals(expected, DAILY.probabilisticSharpe(new double[] {-0.01, 0.01, 0.03}, 0.0), 1e-12);
            assertTrue(expected > 0.75 && expected < 0.76, "Phi(0.6963) is about 0.7569");
        }

        @Test
        void deflatedSharpeWithOneTrialIsTheProbabilisticSharpeAgainstZero() {
            double[] returns = {0.02, -0.01, 0.03, -0.02, 0.015, 0.001, -0.004};
            assertEquals(DAILY.probabilisticSharpe(returns, 0), DAILY.deflatedSharpe(returns, SharpeTrials.single()), 0.0);
            assertTrue(DAILY.deflatedSharpe(returns, new SharpeTrials(50, 1.0)) < DAILY.probabilisticSharpe(returns, 0),
                    "more trials deflate the Sharpe ratio");
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void emptyInputGivesNaNForEveryFigure() {
            PerformanceReport report = DAILY.report(new double[0]);
            assertEquals(0, report.periods());
            assertAll(
                    () -> assertEquals(Double.NaN, report.totalReturn()),
                    () -> assertEquals(Double.NaN, report.cagr()),
                    () -> assertEquals(Double.NaN, report.annualVolatility()),
                    () -> assertEquals(Double.NaN, report.sharpe()),
                    () -> assertEquals(Double.NaN, report.sortino()),
                    () -> assertEquals(Drawdown.UNDEFINED, report.maxDrawdown()),
                    () -> assertEquals(Double.NaN, report.calmar()),
                    () -> assertEquals(Double.NaN, report.omega()),
                    () -> assertEquals(Double.NaN, report.tailRatio()),
                    () -> assertEquals(Double.NaN, report.valueAtRisk()),
                    () -> assertEquals(Double.NaN, report.conditionalValueAtRisk()),
                    () -> assertEquals(Double.NaN, report.stability()),
                    () -> assertEquals(Double.NaN, report.skewness()),
                    () -> assertEquals(Double.NaN, report.excessKurtosis()),
                    () -> assertEquals(Double.NaN, report.probabilisticSharpe()),
                    () -> assertEquals(Double.NaN, report.deflatedSharpe()),
                    () -> assertEquals(Double.NaN, DAILY.downsideDeviation(new double[0])));
        }

        @Test
        void onePointDefinesOnlyTheFiguresThatNeedOnePoint() {
            PerformanceReport report = DAILY.report(new double[] {-0.02});
            assertAll(
                    () -> assertEquals(-0.02, report.totalReturn(), EPS),
                    () -> assertEquals(Math.pow(0.98, 252) - 1, report.cagr(), EPS),
                    () -> assertEquals(-0.02, report.maxDrawdown().depth(), EPS),
                    () -> assertEquals(-0.02, report.valueAtRisk(), 0.0),
                    () -> assertEquals(-0.02, report.conditionalValueAtRisk(), 0.0),
                    () -> assertEquals(1.0, report.tailRatio(), 0.0),
                    () -> assertEquals(Double.NaN, report.annualVolatility()),
                    () -> assertEquals(Double.NaN, report.sharpe()),
                    () -> assertEquals(Double.NaN, report.sortino()),
                    () -> assertEquals(Double.NaN, report.omega()),
                    () -> assertEquals(Double.NaN, report.stability()),
                    () -> assertEquals(Double.NaN, report.skewness()),
                    () -> assertEquals(Double.NaN, report.probabilisticSharpe()));
        }

        @Test
        void zeroVolatilityGivesSharpeNaNAndVolatilityZero() {
            double[] constant = {0.001, 0.001, 0.001, 0.001};
            assertEquals(Double.NaN, DAILY.sharpe(constant));
            assertEquals(0.0, DAILY.annualVolatility(constant), 0.0);
            assertEquals(Double.NaN, DAILY.skewness(constant));
            assertEquals(Double.NaN, DAILY.excessKurtosis(constant));
            assertEquals(Double.NaN, DAILY.probabilisticSharpe(constant, 0));
        }

        @Test
        void sortinoIsInfiniteWithoutDownsideAndNaNForZeroExcess() {
            assertEquals(Double.POSITIVE_INFINITY, DAILY.sortino(new double[] {0.001, 0.001, 0.002}));
            assertEquals(Double.NaN, DAILY.sortino(new double[] {0, 0, 0}));
            // a constant loss has downside: mean -0.01 over DD 0.01
            assertEquals(-Math.sqrt(252), DAILY.sortino(new double[] {-0.01, -0.01}), EPS);
        }

        @Test
        void omegaIsNaNWithoutAReturnBelowTheThreshold() {
            assertEquals(Double.NaN, DAILY.omega(new double[] {0.01, 0.02}));
        }

        @Test
        void calmarIsNaNWhenTheCurveNeverFell() {
            assertEquals(Double.NaN, DAILY.calmar(new double[] {0.01, 0.02}));
            assertEquals(0.0, DAILY.maxDrawdown(new double[] {0.01, 0.02}).depth(), 0.0);
        }

        @Test
        void aTotalLossIsAllowedButHasNoStability() {
            double[] returns = {0.1, -1.0, 0.0};
            assertEquals(-1.0, DAILY.totalReturn(returns), 0.0);
            assertEquals(-1.0, DAILY.maxDrawdown(returns).depth(), 0.0);
            assertEquals(Double.NaN, DAILY.stability(returns));
        }

        @Test
        void nanInTheInputIsRejectedWithItsIndex() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DAILY.sharpe(new double[] {0.01, 0.02, Double.NaN, 0.01}));
            assertEquals("returns[2] must be a finite number, was NaN; remove or fill the gap first", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> DAILY.report(new double[] {Double.NaN}));
            assertThrows(IllegalArgumentException.class, () -> DAILY.maxDrawdown(new double[] {0, Double.NaN}));
        }

        @Test
        void infinitiesLossesBeyondEverythingAndNullAreRejected() {
            IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                    () -> DAILY.sortino(new double[] {Double.POSITIVE_INFINITY}));
            assertTrue(infinite.getMessage().startsWith("returns[0] must be a finite number"), infinite.getMessage());
            IllegalArgumentException belowMinusOne = assertThrows(IllegalArgumentException.class,
                    () -> DAILY.cagr(new double[] {0.01, -1.5}));
            assertEquals("returns[1] must be >= -1 (a loss of at most 100%), was -1.5", belowMinusOne.getMessage());
            assertThrows(IllegalArgumentException.class, () -> DAILY.totalReturn(null));
            assertThrows(IllegalArgumentException.class, () -> DAILY.probabilisticSharpe(new double[] {0.1, 0.2}, Double.NaN));
            assertThrows(IllegalArgumentException.class, () -> DAILY.deflatedSharpe(new double[] {0.1, 0.2}, null));
            assertThrows(IllegalArgumentException.class, () -> new ReturnMetrics(null));
        }

        @Test
        void theInputArrayIsNotModified() {
            double[] returns = {0.03, -0.02, 0.01};
            DAILY.report(returns);
            assertEquals(0.03, returns[0]);
            assertEquals(-0.02, returns[1]);
            assertEquals(0.01, returns[2]);
        }
    }
}
