package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CscvTest {

    /** Three trials (A, B, C) over four periods; see the first test for the enumeration. */
    private static final double[][] PLANTED = {
        {0.01, 0.02, 0.04, 0.08},
        {0.06, 0.01, 0.05, 0.02},
        {0.02, 0.03, 0.01, 0.07}};

    /**
     * Three trials over four periods, four blocks of one period, so each sample holds two periods and a
     * trial's Sharpe ratio there is {@code (x + y) / 2 / (|x - y| / sqrt 2)}, which ranks as
     * {@code (x + y) / |x - y|}. Those scores, per pair of periods:
     * <pre>
     * pair   A=[1,2,4,8]  B=[6,1,5,2]  C=[2,3,1,7]
     * {0,1}  3            1.4          5
     * {0,2}  1.667        11           3
     * {0,3}  1.286        2            1.8
     * {1,2}  3            1.5          2
     * {1,3}  1.667        3            2.5
     * {2,3}  3            2.333        1.333
     * </pre>
     * In-sample {0,1}: C wins, out of sample {2,3} it is last (rank 1 of 3): w = 1/4, logit ln(1/3).
     * {0,2}: B wins, {1,3} best (rank 3): ln 3. {0,3}: B wins, {1,2} last: ln(1/3).
     * {1,2}: A wins, {0,3} last: ln(1/3). {1,3}: B wins, {0,2} best: ln 3.
     * {2,3}: A wins, {0,1} middle (rank 2): w = 1/2, logit 0. Four of six logits are <= 0: PBO 2/3.
     */
    @Test
    void plantedMatrixGivesTheHandEnumeratedLogitsAndPbo() {
        Cscv.Overfitting o = Cscv.of(PLANTED, 4);
        double third = Math.log(1.0 / 3);
        double three = Math.log(3);
        assertArrayEquals(new double[] {third, three, third, third, three, 0.0}, o.logits(), 1e-12);
        assertEquals(2.0 / 3, o.pbo(), 1e-15);
        assertEquals(1, o.blockLength());
    }

    @Test
    void theFirstPeriodsThatDoNotFillABlockAreLeftOut() {
        double[][] longer = new double[3][];
        for (int n = 0; n < 3; n++) {
            longer[n] = new double[] {9 * n - 5, 0, 0, 0, 0};
            System.arraycopy(PLANTED[n], 0, longer[n], 1, 4);
        }
        assertEquals(2.0 / 3, Cscv.of(longer, 4).pbo(), 1e-15);
    }

    @Test
    void aWinnerThatStaysBestIsNeverOverfit() {
        // trial 1 is trial 0 plus a constant: higher mean, same spread, so best in every sample
        double[][] returns = new double[4][40];
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 40; t++) {
            double base = random.nextGaussian() * 0.01;
            returns[0][t] = base;
            returns[1][t] = base + 0.02;
            returns[2][t] = random.nextGaussian() * 0.01;
            returns[3][t] = random.nextGaussian() * 0.01;
        }
        Cscv.Overfitting o = Cscv.of(returns, 8);
        assertEquals(70, o.logits().length, "C(8, 4)");
        assertEquals(0.0, o.pbo());
        for (double l : o.logits()) {
            assertEquals(Math.log(0.8 / 0.2), l, 1e-12, "rank 4 of 4: w = 4/5");
        }
    }

    @Test
    void matchesANaiveComputationOnNoise() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] returns = new double[6][37];
        for (double[] trial : returns) {
            for (int t = 0; t < trial.length; t++) {
                trial[t] = random.nextGaussian() * 0.01 + 0.0005;
            }
        }
        Cscv.Overfitting o = Cscv.of(returns, 6);
        double[] naive = naiveLogits(returns, 6);
        assertArrayEquals(naive, o.logits(), 1e-9);
    }

    /** CSCV written out plainly: copy each sample's periods, Sharpe by two passes, rank by counting. */
    private static double[] naiveLogits(double[][] returns, int blocks) {
        int length = returns[0].length / blocks;
        int skip = returns[0].length - length * blocks;
        // lexicographic order of the in-sample block sets
        java.util.List<int[]> sets = new java.util.ArrayList<>();
        collect(new int[blocks / 2], 0, 0, blocks, sets);
        double[] out = new double[sets.size()];
        for (int c = 0; c < sets.size(); c++) {
            java.util.Set<Integer> in = new java.util.HashSet<>();
            for (int b : sets.get(c)) {
                in.add(b);
            }
            double[] is = new double[returns.length];
            double[] oos = new double[returns.length];
            for (int n = 0; n < returns.length; n++) {
                java.util.List<Double> a = new java.util.ArrayList<>();
                java.util.List<Double> b = new java.util.ArrayList<>();
                for (int t = skip; t < returns[n].length; t++) {
                    (in.contains((t - skip) / length) ? a : b).add(returns[n][t]);
                }
                is[n] = sharpe(a);
                oos[n] = sharpe(b);
            }
            int winner = 0;
            for (int n = 1; n < is.length; n++) {
                if (is[n] > is[winner]) {
                    winner = n;
                }
            }
            int rank = 1;
            for (double v : oos) {
                if (v < oos[winner]) {
                    rank++;
                }
            }
            double w = rank / (returns.length + 1.0);
            out[c] = Math.log(w / (1 - w));
        }
        return out;
    }

    private static void collect(int[] chosen, int at, int from, int n, java.util.List<int[]> sets) {
        if (at == chosen.length) {
            sets.add(chosen.clone());
            return;
        }
        for (int b = from; b < n; b++) {
            chosen[at] = b;
            collect(chosen, at + 1, b + 1, n, sets);
        }
    }

    private static double sharpe(java.util.List<Double> xs) {
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return mean / Math.sqrt(ss / (xs.size() - 1));
    }

    @Test
    void refusesAnOddBlockCountTrialsOfDifferentLengthsAndTooFewPeriods() {
        double[][] ok = {{0.1, 0.2, 0.3, 0.4}, {0.2, 0.1, 0.3, 0.5}};
        assertEquals("blocks must be even and between 2 and 16, was 3",
                assertThrows(IllegalArgumentException.class, () -> Cscv.of(ok, 3)).getMessage());
        assertEquals("every trial must cover the same periods; trial 0 has 4, trial 1 has 3",
                assertThrows(IllegalArgumentException.class,
                        () -> Cscv.of(new double[][] {{1, 2, 3, 4}, {1, 2, 3}}, 2)).getMessage());
        assertEquals("CSCV with 8 blocks needs at least 8 periods (two in each half), had 4",
                assertThrows(IllegalArgumentException.class, () -> Cscv.of(ok, 8)).getMessage());
        assertEquals("CSCV needs at least 2 trials, had 1",
                assertThrows(IllegalArgumentException.class, () -> Cscv.of(new double[][] {{1, 2}}, 2)).getMessage());
    }
}
