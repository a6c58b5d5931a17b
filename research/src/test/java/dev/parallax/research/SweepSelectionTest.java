package dev.parallax.research;

import dev.parallax.metrics.MetricBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SweepSelectionTest {

    private static final double[] WINNER = {0.012, -0.004, 0.007, 0.015, -0.009, 0.011, 0.003, -0.002, 0.009, 0.006};

    private static SweepRow row(int index, double sharpe, double totalReturn, double[] returns) {
        long[] days = new long[returns.length];
        for (int i = 0; i < days.length; i++) {
            days[i] = (i + 1) * 86_400_000_000_000L;
        }
        return new SweepRow(SweepPoint.of(index, Map.of("fast", "" + index), Map.of(), 42),
                new RunMetrics(totalReturn, 0, 0, sharpe, 0, -0.1, 0, 3, 0.5, 1), true, days, returns);
    }

    private static double[] shifted(double by) {
        double[] r = WINNER.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] = r[i] * 0.5 + by;
        }
        return r;
    }

    @Test
    void ranksBestFirstWithUndefinedFiguresLastAndTiesInPointOrder() {
        List<SweepRow> rows = List.of(row(0, 1.0, 0.1, WINNER), row(1, Double.NaN, 0.2, WINNER),
                row(2, 2.0, 0.3, WINNER), row(3, 1.0, 0.4, WINNER));
        List<SweepRow> ranked = SweepSelection.rank(rows, Metric.SHARPE);
        assertEquals(List.of(2, 0, 3, 1), ranked.stream().map(r -> r.point().index()).toList());
        assertEquals(3, SweepSelection.rank(rows, Metric.TOTAL_RETURN).get(0).point().index());
    }

    /**
     * Three runs with annualised Sharpe ratios 2.5, 1.0 and -0.5: mean 1.0, variance
     * ((1.5)^2 + 0 + (1.5)^2) / 2 = 2.25. The winner's deflated Sharpe ratio is worked here from its ten
     * returns with the published formula, independently of the code.
     */
    @Test
    void theWinnersDeflatedSharpeUsesEveryRunAsATrial() {
        List<SweepRow> rows = List.of(row(0, 1.0, 0.1, shifted(0.001)), row(1, 2.5, 0.2, WINNER),
                row(2, -0.5, 0.0, shifted(-0.001)));
        SweepSelection s = SweepSelection.of(rows, Metric.SHARPE, MetricBasis.of(252), 2);
        assertEquals(1, s.winner().point().index());
        assertEquals(3, s.trials());
        assertEquals(2.25, s.sharpeVariance(), 1e-12);

        NormalDistribution z = new NormalDistribution();
        double gamma = 0.5772156649015329;
        double n = 3;
        double expectedMax = Math.sqrt(2.25) * ((1 - gamma) * z.inverseCumulativeProbability(1 - 1 / n)
                + gamma * z.inverseCumulativeProbability(1 - 1 / (n * Math.E)));
        double benchmark = expectedMax / Math.sqrt(252);
        double mean = 0;
        for (double r : WINNER) {
            mean += r / WINNER.length;
        }
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double r : WINNER) {
            double d = r - mean;
            m2 += d * d / WINNER.length;
            m3 += d * d * d / WINNER.length;
            m4 += d * d * d * d / WINNER.length;
        }
        double sd = Math.sqrt(m2 * WINNER.length / (WINNER.length - 1));
        double sr = mean / sd;
        double skew = m3 / Math.pow(m2, 1.5);
        double kurtosis = m4 / (m2 * m2);
        double expected = z.cumulativeProbability((sr - benchmark) * Math.sqrt(WINNER.length - 1)
                / Math.sqrt(1 - skew * sr + (kurtosis - 1) / 4 * sr * sr));
        assertEquals(expected, s.deflatedSharpe(), 1e-9);
        assertTrue(s.deflatedSharpe() > 0 && s.deflatedSharpe() < 1);
    }

    @Test
    void pboIsComputedOverTheRunsDailyReturns() {
        List<SweepRow> rows = List.of(row(0, 1.0, 0.1, shifted(0.001)), row(1, 2.5, 0.2, WINNER),
                row(2, -0.5, 0.0, shifted(-0.001)));
        SweepSelection s = SweepSelection.of(rows, Metric.SHARPE, MetricBasis.of(252), 2);
        assertTrue(s.overfitting().isPresent(), s.overfittingNote());
        assertEquals(2, s.overfitting().get().logits().length);
    }

    @Test
    void saysWhyThereIsNoPboWhenTheRunsAreTooShort() {
        List<SweepRow> rows = List.of(row(0, 1.0, 0.1, new double[] {0.01, 0.02}),
                row(1, 2.0, 0.2, new double[] {0.02, 0.01}));
        SweepSelection s = SweepSelection.of(rows, Metric.SHARPE, MetricBasis.of(252), 16);
        assertFalse(s.overfitting().isPresent());
        assertEquals("CSCV with 16 blocks needs at least 16 periods (two in each half), had 2", s.overfittingNote());
    }
}
