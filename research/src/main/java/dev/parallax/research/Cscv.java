package dev.parallax.research;

/**
 * The probability of backtest overfitting by combinatorially symmetric cross-validation (CSCV;
 * Bailey, Borwein, López de Prado and Zhu, 2015, "The Probability of Backtest Overfitting").
 *
 * <p>The input is the matrix of per-period returns of all {@code N} trials over the same {@code T}
 * periods. It is cut into {@code S} (even) blocks of {@code floor(T / S)} consecutive periods; the
 * first {@code T mod S} periods are left out so the blocks are even. For each of the
 * {@code C(S, S/2)} ways of choosing half of the blocks as in-sample (the other half is out of sample):
 * <ol>
 *   <li>each trial's performance in a sample is its Sharpe ratio {@code mean / sd} (sample standard
 *       deviation, {@code n - 1}; not annualised, which would not change any rank); a trial with
 *       {@code sd = 0} scores {@code +inf}, {@code -inf} or 0 by the sign of its mean;</li>
 *   <li>the in-sample winner is the trial with the highest in-sample Sharpe ratio (the lowest index
 *       among ties);</li>
 *   <li>its out-of-sample rank {@code r} among the {@code N} trials runs from 1 (worst) to {@code N}
 *       (best), ties taking the mean of the ranks they share; its relative rank is
 *       {@code w = r / (N + 1)} and its logit {@code lambda = ln(w / (1 - w))}.</li>
 * </ol>
 * The PBO is the share of combinations whose logit is {@code <= 0}: how often the in-sample winner
 * does no better than the median trial out of sample. Combinations are taken in lexicographic order
 * of their in-sample block indices.
 */
public final class Cscv {

    /** The most blocks: C(16, 8) = 12,870 combinations. */
    public static final int MAX_BLOCKS = 16;

    private Cscv() {
    }

    /**
     * The result of CSCV.
     *
     * @param pbo          share of logits {@code <= 0}, in {@code [0, 1]}
     * @param logits       the logit of each combination, in the documented order
     * @param blocks       the number of blocks {@code S}
     * @param blockLength  periods per block
     */
    public record Overfitting(double pbo, double[] logits, int blocks, int blockLength) {

        /** Copies the logits. */
        public Overfitting {
            logits = logits.clone();
        }

        /** The logits (a copy). */
        @Override
        public double[] logits() {
            return logits.clone();
        }
    }

    /**
     * CSCV of {@code returns[trial][period]} with {@code blocks} blocks.
     *
     * @throws IllegalArgumentException for fewer than two trials, trials of different lengths, a
     *                                  non-finite return, an odd block count or one outside
     *                                  {@code [2, MAX_BLOCKS]}, or fewer periods than blocks x 2
     */
    public static Overfitting of(double[][] returns, int blocks) {
        if (returns == null || returns.length < 2) {
            throw new IllegalArgumentException("CSCV needs at least 2 trials, had "
                    + (returns == null ? 0 : returns.length));
        }
        if (blocks < 2 || blocks > MAX_BLOCKS || blocks % 2 != 0) {
            throw new IllegalArgumentException("blocks must be even and between 2 and " + MAX_BLOCKS + ", was " + blocks);
        }
        int periods = returns[0].length;
        for (int n = 0; n < returns.length; n++) {
            if (returns[n].length != periods) {
                throw new IllegalArgumentException("every trial must cover the same periods; trial 0 has " + periods
                        + ", trial " + n + " has " + returns[n].length);
            }
            for (int t = 0; t < periods; t++) {
                if (!Double.isFinite(returns[n][t])) {
                    throw new IllegalArgumentException("return of trial " + n + " at period " + t
                            + " must be finite, was " + returns[n][t]);
                }
            }
        }
        int length = periods / blocks;
        if (length < 1 || length * (blocks / 2) < 2) {
            int least = Math.max(blocks, 4);
            throw new IllegalArgumentException("CSCV with " + blocks + " blocks needs at least " + least
                    + " periods (two in each half), had " + periods);
        }
        int skip = periods - length * blocks;
        int trials = returns.length;
        double[][] sum = new double[trials][blocks];
        double[][] sumSq = new double[trials][blocks];
        for (int n = 0; n < trials; n++) {
            for (int b = 0; b < blocks; b++) {
                double mean = 0;
                for (int t = 0; t < length; t++) {
                    mean += returns[n][skip + b * length + t];
                }
                sum[n][b] = mean;
            }
        }
        // sums of squares about a shift (each trial's first block mean) keep the variance accurate
        double[] shift = new double[trials];
        for (int n = 0; n < trials; n++) {
            shift[n] = sum[n][0] / length;
            for (int b = 0; b < blocks; b++) {
                double s = 0;
                for (int t = 0; t < length; t++) {
                    double d = returns[n][skip + b * length + t] - shift[n];
                    s += d * d;
                }
                sumSq[n][b] = s;
            }
        }
        int half = blocks / 2;
        int[] chosen = new int[half];
        for (int i = 0; i < half; i++) {
            chosen[i] = i;
        }
        double[] logits = new double[(int) binomial(blocks, half)];
        double[] inSample = new double[trials];
        double[] outOfSample = new double[trials];
        int c = 0;
        int nonPositive = 0;
        do {
            long mask = 0;
            for (int b : chosen) {
                mask |= 1L << b;
            }
            for (int n = 0; n < trials; n++) {
                inSample[n] = sharpe(sum[n], sumSq[n], shift[n], mask, true, length * half);
                outOfSample[n] = sharpe(sum[n], sumSq[n], shift[n], mask, false, length * half);
            }
            int winner = 0;
            for (int n = 1; n < trials; n++) {
                if (inSample[n] > inSample[winner]) {
                    winner = n;
                }
            }
            double w = midRank(outOfSample, winner) / (trials + 1.0);
            logits[c] = Math.log(w / (1 - w));
            if (logits[c] <= 0) {
                nonPositive++;
            }
            c++;
        } while (next(chosen, blocks));
        return new Overfitting((double) nonPositive / logits.length, logits, blocks, length);
    }

    /** The Sharpe ratio of the blocks in {@code mask} ({@code inMask}) or outside it, from block sums. */
    private static double sharpe(double[] sum, double[] sumSq, double shift, long mask, boolean inMask, int count) {
        double total = 0;
        double squares = 0;
        for (int b = 0; b < sum.length; b++) {
            if (((mask >>> b) & 1L) == 1L == inMask) {
                total += sum[b];
                squares += sumSq[b];
            }
        }
        double mean = total / count;
        double d = mean - shift;
        double variance = (squares - count * d * d) / (count - 1);
        double sd = Math.sqrt(Math.max(0.0, variance));
        if (sd == 0 || sd <= 1e-14 * Math.abs(mean)) {
            return mean == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
        }
        return mean / sd;
    }

    /** The rank of {@code values[i]}: 1 for the lowest, ties sharing the mean of their ranks. */
    static double midRank(double[] values, int i) {
        int below = 0;
        int equal = 0;
        for (double v : values) {
            if (v < values[i]) {
                below++;
            } else if (v == values[i]) {
                equal++;
            }
        }
        return below + (equal + 1) / 2.0;
    }

    /** Advances {@code chosen} to the next combination in lexicographic order; false after the last. */
    private static boolean next(int[] chosen, int n) {
        int k = chosen.length;
        int i = k - 1;
        while (i >= 0 && chosen[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        chosen[i]++;
        for (int j = i + 1; j < k; j++) {
            chosen[j] = chosen[j - 1] + 1;
        }
        return true;
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
