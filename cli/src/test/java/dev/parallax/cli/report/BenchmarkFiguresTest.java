package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkFiguresTest {

    private static final MetricBasis DAILY = MetricBasis.of(252);

    @Test
    void betaAlphaAndCorrelationFollowTheirDefinitions() {
        // deviations from the means (both 1/150) in units of 1/300: run 1, -8, 7; benchmark 4, -5, 1
        BenchmarkFigures f = BenchmarkFigures.of(new double[] {0.01, -0.02, 0.03}, new double[] {0.02, -0.01, 0.01},
                DAILY);
        assertEquals(3, f.days());
        assertEquals(51.0 / 42, f.beta(), 1e-12);                       // (4 + 40 + 7) / (16 + 25 + 1)
        assertEquals((1.0 / 150) * (1 - 51.0 / 42) * 252, f.alpha(), 1e-12); // = -0.36
        assertEquals(-0.36, f.alpha(), 1e-12);
        assertEquals(51 / Math.sqrt(114.0 * 42), f.correlation(), 1e-12);
        assertEquals(0, f.informationRatio(), 1e-12);                    // active returns -0.01, -0.01, 0.02
    }

    @Test
    void captureRatiosCompareGeometricMeansOnUpAndDownDays() {
        BenchmarkFigures f = BenchmarkFigures.of(new double[] {0.01, -0.02, 0.03}, new double[] {0.02, -0.01, 0.01},
                DAILY);
        double up = (Math.sqrt(1.01 * 1.03) - 1) / (Math.sqrt(1.02 * 1.01) - 1);
        assertEquals(up, f.upCapture(), 1e-12);
        assertEquals(2.0, f.downCapture(), 1e-12);                       // -0.02 against -0.01 on the one down day
    }

    @Test
    void informationRatioIsTheAnnualisedMeanOverSpreadOfActiveReturns() {
        // active returns 0.01, 0, 0.02: mean 0.01, sample sd 0.01
        BenchmarkFigures f = BenchmarkFigures.of(new double[] {0.02, 0.01, 0.03}, new double[] {0.01, 0.01, 0.01},
                DAILY);
        assertEquals(Math.sqrt(252), f.informationRatio(), 1e-9);
        assertTrue(Double.isNaN(f.beta()), "a benchmark that never moves has no beta");
        assertTrue(Double.isNaN(f.downCapture()), "no down day");
    }

    @Test
    void theRiskFreeRateEntersAlphaThroughTheExcessReturns() {
        MetricBasis withRate = new MetricBasis(252, 0.05, 0);
        double rf = withRate.options().riskFreeRate();
        BenchmarkFigures f = BenchmarkFigures.of(new double[] {0.01, -0.02, 0.03}, new double[] {0.02, -0.01, 0.01},
                withRate);
        assertEquals(((1.0 / 150 - rf) - 51.0 / 42 * (1.0 / 150 - rf)) * 252, f.alpha(), 1e-12);
    }

    @Test
    void fewerThanTwoDaysGiveNoFigures() {
        BenchmarkFigures f = BenchmarkFigures.of(new double[] {0.01}, new double[] {0.02}, DAILY);
        assertTrue(Double.isNaN(f.alpha()) && Double.isNaN(f.beta()) && Double.isNaN(f.upCapture()));
        assertThrows(IllegalArgumentException.class,
                () -> BenchmarkFigures.of(new double[] {0.01}, new double[] {0.02, 0.01}, DAILY));
    }

    @Test
    void dailyReturnsUseTheLastPointOfEachCommonDay() {
        long day = 86_400_000L;
        long d1 = 20_000 * day;
        long[] runTimes = {d1 + 36_000_000L, d1 + 72_000_000L, d1 + day + 43_200_000L};
        double[] runEquity = {10_100, 10_200, 10_000};
        Benchmark b = new Benchmark("b", new long[] {d1 - day, d1 + 1, d1 + day + 5}, new double[] {90, 100, 110});
        double[][] r = BenchmarkFigures.dailyReturns(10_000, runTimes, runEquity, b);
        assertArrayEquals(new double[] {10_200 / 10_000.0 - 1, 10_000 / 10_200.0 - 1}, r[0], 1e-15);
        // the first common day's return is over the benchmark's last earlier price
        assertArrayEquals(new double[] {100 / 90.0 - 1, 110 / 100.0 - 1}, r[1], 1e-15);
    }

    @Test
    void aViewWithABenchmarkStatesItsFiguresAfterTheOthers() {
        long day = 86_400_000L;
        RunView run = new RunView("backtest", new long[] {day, 2 * day, 3 * day}, new double[] {101, 99, 102}, 100,
                RunView.EVERY_BAR, new double[0], Map.of(), DAILY,
                List.of(Metric.of("total_return", "total return", MetricUnit.FRACTION, 0.02)));
        RunView measured = run.withBenchmark(new Benchmark("hold", new long[] {day, 2 * day, 3 * day},
                new double[] {10, 11, 10.5}));
        assertEquals(List.of("total_return", "benchmark", "benchmark_return", "alpha", "beta", "correlation",
                "information_ratio", "up_capture", "down_capture"), measured.metrics().stream().map(Metric::key).toList());
        assertEquals(0.05, measured.metric("benchmark_return").orElseThrow().value(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> measured.withBenchmark(measured.benchmark().orElseThrow()));
    }
}
