package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    /** numpy's linear rule on a fully sorted copy: the definition the selection must reproduce. */
    private static double sortedQuantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo >= s.length - 1 ? s[s.length - 1] : s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
    }

    @Test
    void selectionGivesTheQuantilesOfASortedCopy() {
        SplittableRandom r = new SplittableRandom(1);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(400);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = trial % 3 == 0 ? r.nextInt(5) : r.nextGaussian(); // many ties in a third of trials
            }
            for (double p : new double[] {0, 0.01, 0.05, 0.5, 0.95, 0.99, 1}) {
                assertEquals(sortedQuantile(v, p), Quantiles.of(v, p).quantile(p), 1e-12, "n=" + n + " p=" + p);
            }
            double[] s = v.clone();
            Arrays.sort(s);
            int count = (int) ((n - 1) * 0.05) + 1;
            double mean = Arrays.stream(s, 0, count).sum() / count;
            assertEquals(mean, Quantiles.of(v, 0.05).meanOfLowest(0.05), 1e-12);
        }
    }

    @Test
    void severalQuestionsOnOneCopyStayCorrect() {
        double[] v = {5, 1, 4, 2, 3, 9, 7, 8, 6, 0};
        Quantiles q = Quantiles.of(v, 0.05, 0.95, 0.5);
        assertEquals(0.45, q.quantile(0.05), 1e-12); // h = 0.45 between 0 and 1
        assertEquals(8.55, q.quantile(0.95), 1e-12); // h = 8.55 between 8 and 9
        assertEquals(0.0, q.meanOfLowest(0.05), 0.0);
        assertEquals(4.5, q.quantile(0.5), 1e-12);
        assertEquals(5, v[0], "the input is not touched");
    }
}
