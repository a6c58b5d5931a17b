package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Series long enough to take the two-thread, sampled-quantile and rescaled-growth paths of
 * {@link ReturnPass}, checked against plain formulas written out here on the whole array
 * (two-pass moments, a sorted copy, the curve in log space).
 */
class LongSeriesTest {

    private static final int N = ReturnPass.PARALLEL_FROM + 200_003;

    private static double[] normalReturns(long seed, int n, double mean, double sd) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] returns = new double[n];
        for (int i = 0; i < n; i++) {
            returns[i] = mean + sd * random.nextGaussian();
        }
        return returns;
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void everyFigureOfALongSeriesMatchesThePlainFormulas() {
        double[] r = normalReturns(11, N, 0.0003, 0.012);
        PerformanceReport report = PerformanceReport.of(r);
        int n = r.length;

        double mean = Arrays.stream(r).sum() / n;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double squaresBelowZero = 0;
        double gains = 0;
        double losses = 0;
        for (double v : r) {
            double d = v - mean;
            s2 += d * d;
            s3 += d * d * d;
            s4 += d * d * d * d;
            squaresBelowZero += v < 0 ? v * v : 0;
            gains += Math.max(v, 0);
            losses += Math.max(-v, 0);
        }
        double sd = Math.sqrt(s2 / (n - 1));
        assertRelative(sd * Math.sqrt(252), report.annualVolatility(), 1e-10, "volatility");
        assertRelative(mean / sd * Math.sqrt(252), report.sharpe(), 1e-10, "sharpe");
        assertRelative(mean / Math.sqrt(squaresBelowZero / n) * Math.sqrt(252), report.sortino(), 1e-10, "sortino");
        assertRelative(gains / losses, report.omega(), 1e-10, "omega");
        double variance = s2 / n;
        assertRelative((s3 / n) / Math.pow(variance, 1.5), report.skewness(), 1e-6, "skewness");
        assertRelative((s4 / n) / (variance * variance) - 3, report.excessKurtosis(), 1e-8, "kurtosis");

        double[] sorted = r.clone();
        Arrays.sort(sorted);
        assertEquals(linearQuantile(sorted, 0.05), report.valueAtRisk(), 0.0, "VaR is an exact order statistic");
        assertEquals(Math.abs(linearQuantile(sorted, 0.95)) / Math.abs(linearQuantile(sorted, 0.05)),
                report.tailRatio(), 0.0, "tail ratio");
        int lowest = (int) ((n - 1) * 0.05) + 1;
        assertRelative(Arrays.stream(sorted, 0, lowest).sum() / lowest, report.conditionalValueAtRisk(), 1e-12, "CVaR");

        // The curve in log space: no overflow, no rescaling.
        double logEquity = 0;
        double logPeak = 0;
        double worst = 0;
        double sumY = 0;
        double sumY2 = 0;
        double sumXY = 0;
        for (int i = 0; i < n; i++) {
            logEquity += Math.log1p(r[i]);
            logPeak = Math.max(logPeak, logEquity);
            worst = Math.min(worst, Math.expm1(logEquity - logPeak));
            sumY += logEquity;
            sumY2 += logEquity * logEquity;
            sumXY += i * logEquity;
        }
        assertRelative(Math.expm1(logEquity * 252 / n), report.cagr(), 1e-9, "cagr");
        assertRelative(worst, report.maxDrawdown().depth(), 1e-9, "max drawdown");
        double sxx = (double) n * ((double) n * n - 1) / 12;
        double meanX = (n - 1) / 2.0;
        double syy = sumY2 - sumY * sumY / n;
        double sxy = sumXY - meanX * sumY;
        assertRelative(sxy * sxy / (sxx * syy), report.stability(), 1e-9, "stability");
    }

    @Test
    void theReportOfALongSeriesHoldsWhatTheSingleMethodsCompute() {
        double[] r = normalReturns(12, N, 0.0001, 0.02);
        MetricOptions options = MetricOptions.builder().periodsPerYear(365).requiredReturn(0.0005).cutoff(0.01).build();
        ReturnMetrics metrics = new ReturnMetrics(options);
        PerformanceReport report = metrics.report(r);
        assertEquals(metrics.sharpe(r), report.sharpe(), 0.0);
        assertEquals(metrics.sortino(r), report.sortino(), 0.0);
        assertEquals(metrics.stability(r), report.stability(), 0.0);
        assertEquals(metrics.valueAtRisk(r), report.valueAtRisk(), 0.0);
        assertEquals(metrics.conditionalValueAtRisk(r), report.conditionalValueAtRisk(), 0.0);
        assertEquals(metrics.tailRatio(r), report.tailRatio(), 0.0);
        assertEquals(metrics.maxDrawdown(r), report.maxDrawdown());
        assertEquals(metrics.cagr(r), report.cagr(), 0.0);
        assertEquals(report, metrics.report(r), "the same series gives the same bits on every run");
        CompoundedCurve oneWalk = CompoundedCurve.of(r);
        assertEquals(oneWalk.maxDrawdown(), report.maxDrawdown(), "the walk handed between threads is the one walk");
        assertEquals(oneWalk.growth(), ReturnPass.of(r, options, ReturnPass.Part.CURVE).curve.growth(), 0.0);
    }

    @Test
    void growthBeyondTheRangeOfADoubleStillGivesTheCagrAndTheDrawdown() {
        // 3,000,000 returns of +1% then -50%, then +1% again: the product passes 10^12,000.
        int n = 3_000_000;
        double[] r = new double[n];
        Arrays.fill(r, 0.01);
        r[2_000_000] = -0.5;
        PerformanceReport report = PerformanceReport.of(r);
        assertEquals(Double.POSITIVE_INFINITY, report.totalReturn());
        double logGrowth = (n - 1) * Math.log1p(0.01) + Math.log1p(-0.5);
        assertRelative(Math.expm1(logGrowth * 252 / n), report.cagr(), 1e-9, "cagr");
        assertEquals(-0.5, report.maxDrawdown().depth(), 1e-12);
        assertEquals(2_000_000, report.maxDrawdown().peakIndex());
        assertEquals(2_000_001, report.maxDrawdown().troughIndex());
        // back above the peak after ceil(ln 2 / ln 1.01) = 70 more periods
        assertEquals(2_000_001 + 70, report.maxDrawdown().recoveryIndex());
        double[] drawdowns = EquityCurve.drawdowns(r);
        assertEquals(-0.5, drawdowns[2_000_001], 1e-12);
        assertEquals(Math.pow(1.01, 69) / 2 - 1, drawdowns[2_000_001 + 69], 1e-9);
        assertEquals(0.0, drawdowns[2_000_001 + 70], 0.0);
    }

    @Test
    void aFallOfMoreThan2To1023StillGivesTheCagrAndARecovery() {
        // halve 1,100 times (below the smallest double), double 1,200 times, then stay flat
        int n = 1_100 + 1_200 + 1_000_000;
        double[] r = new double[n];
        Arrays.fill(r, 0, 1_100, -0.5);
        Arrays.fill(r, 1_100, 2_300, 1.0);
        PerformanceReport report = PerformanceReport.of(r);
        double logGrowth = 100 * Math.log(2);
        assertRelative(Math.expm1(logGrowth * 252 / n), report.cagr(), 1e-12, "cagr");
        assertEquals(-1.0, report.maxDrawdown().depth(), 0.0, "1 - 2^-1100 is -1 in double precision");
        assertEquals(0, report.maxDrawdown().peakIndex());
        assertEquals(54, report.maxDrawdown().troughIndex(), "the first point at which 0.5^i - 1 rounds to -1");
        assertEquals(2_200, report.maxDrawdown().recoveryIndex(), "back at 1 after 1,100 doublings");

        // a long losing series: the growth 0.5^2000 is below the smallest double
        double[] losing = new double[2_000 + 1_000_000];
        Arrays.fill(losing, 0, 2_000, -0.5);
        assertRelative(Math.expm1(2_000 * Math.log(0.5) * 252 / losing.length), ReturnMetrics.DEFAULT.cagr(losing),
                1e-12, "cagr of a long fall");
    }

    @Test
    void theFirstBadValueIsNamedWhicheverThreadMeetsIt() {
        double[] r = normalReturns(13, N, 0, 0.01);
        r[N - 5] = Double.NaN;
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> PerformanceReport.of(r));
        assertTrue(late.getMessage().startsWith("returns[" + (N - 5) + "]"), late.getMessage());
        r[10] = -2;
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> PerformanceReport.of(r));
        assertTrue(early.getMessage().startsWith("returns[10] must be >= -1"), early.getMessage());
    }

    @Test
    void sampledQuantilesAreExactOnSeriesThatFoolTheSample() {
        int n = Quantiles.SMALL * 3 + 17;
        double[][] series = new double[4][n];
        int stride = n / 4096;
        for (int i = 0; i < n; i++) {
            series[0][i] = i;                                   // sorted
            series[1][i] = n - i;                               // reversed
            series[2][i] = i % stride == 0 ? -1000 + i : i % 7; // the sample sees only the outliers
            series[3][i] = i % 3;                               // few values, many ties
        }
        for (double[] values : series) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            Quantiles q = Quantiles.of(values, 0.05, 0.5, 0.95, 1.0);
            for (double p : new double[] {0.05, 0.5, 0.95, 1.0}) {
                assertEquals(linearQuantile(sorted, p), q.quantile(p), 0.0, "p=" + p);
            }
            int lowest = (int) ((n - 1) * 0.05) + 1;
            assertEquals(Arrays.stream(sorted, 0, lowest).sum() / lowest, q.meanOfLowest(0.05), 1e-9);
        }
    }

    /** numpy's linear rule on a sorted array. */
    private static double linearQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo >= sorted.length - 1 ? sorted[sorted.length - 1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
