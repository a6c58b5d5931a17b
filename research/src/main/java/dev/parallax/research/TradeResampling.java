package dev.parallax.research;

import java.util.SplittableRandom;

/**
 * Monte Carlo over a run's closed trades: new trade sequences drawn from the real ones, to see how
 * much of the final return and drawdown was the luck of their order.
 *
 * <p>Each path starts from the starting cash and adds each drawn trade's net P&L in turn (trades are
 * taken as amounts, as a fixed-size strategy makes them, not compounded). Per path: the final return
 * is {@code equity_end / cash - 1}; the maximum drawdown is the lowest {@code equity_k / peak_k - 1}
 * with the starting cash as the first peak (0 or negative); the path is ruined when its equity falls
 * to or below {@code cash x (1 - ruinLoss)} at any trade. Paths are drawn with
 * {@code SplittableRandom(seed)} in a fixed order, so the same seed gives identical results.
 */
public final class TradeResampling {

    /** How trade sequences are drawn. */
    public enum Method {
        /** The i.i.d. bootstrap: {@code n} trades drawn uniformly with replacement. */
        WITH_REPLACEMENT("with-replacement"),
        /** A random permutation of the {@code n} trades (Fisher-Yates): the final return never changes, the path does. */
        WITHOUT_REPLACEMENT("without-replacement"),
        /**
         * The moving-block bootstrap (Künsch, 1989): blocks of {@code blockLength} consecutive trades, each
         * starting at a uniform position in {@code [0, n - blockLength]}, laid end to end and cut at
         * {@code n} trades, keeping the dependence between neighbouring trades.
         */
        BLOCK("block");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** The name users write. */
        public String label() {
            return label;
        }
    }

    /**
     * The distribution over the paths.
     *
     * @param method      how paths were drawn
     * @param blockLength the block length (1 unless {@link Method#BLOCK})
     * @param paths       the number of paths
     * @param finalReturn percentiles of the final return
     * @param maxDrawdown percentiles of the maximum drawdown
     * @param ruinLoss    the loss, as a share of the starting cash, that counts as ruin
     * @param riskOfRuin  the share of paths ruined
     */
    public record Distribution(Method method, int blockLength, int paths, Percentiles finalReturn,
                               Percentiles maxDrawdown, double ruinLoss, double riskOfRuin) {
    }

    private TradeResampling() {
    }

    /**
     * Draws {@code paths} sequences of {@code pnls.length} trades.
     *
     * @throws IllegalArgumentException for no trades, a non-finite P&L, {@code cash <= 0},
     *                                  {@code paths < 1}, {@code ruinLoss} outside {@code (0, 1]}, or a block
     *                                  length outside {@code [1, trades]}
     */
    public static Distribution run(double[] pnls, double cash, Method method, int blockLength, int paths, long seed,
                                   double ruinLoss) {
        int n = pnls.length;
        if (n == 0) {
            throw new IllegalArgumentException("the run closed no trades: there is nothing to resample");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(pnls[i])) {
                throw new IllegalArgumentException("trade " + i + " P&L must be finite, was " + pnls[i]);
            }
        }
        if (!(cash > 0) || Double.isInfinite(cash)) {
            throw new IllegalArgumentException("cash must be a finite number > 0, was " + cash);
        }
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be >= 1, was " + paths);
        }
        if (!(ruinLoss > 0 && ruinLoss <= 1)) {
            throw new IllegalArgumentException("ruinLoss must be in (0, 1], was " + ruinLoss);
        }
        int block = method == Method.BLOCK ? blockLength : 1;
        if (block < 1 || block > n) {
            throw new IllegalArgumentException("block length must be between 1 and the " + n + " trades, was "
                    + blockLength);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] finals = new double[paths];
        double[] drawdowns = new double[paths];
        int ruined = 0;
        double[] path = new double[n];
        double floor = cash * (1 - ruinLoss);
        for (int p = 0; p < paths; p++) {
            draw(pnls, method, block, random, path);
            double equity = cash;
            double peak = cash;
            double deepest = 0;
            boolean ruin = false;
            for (double pnl : path) {
                equity += pnl;
                peak = Math.max(peak, equity);
                deepest = Math.min(deepest, equity / peak - 1);
                ruin |= equity <= floor;
            }
            finals[p] = equity / cash - 1;
            drawdowns[p] = deepest;
            if (ruin) {
                ruined++;
            }
        }
        return new Distribution(method, block, paths, Percentiles.of(finals), Percentiles.of(drawdowns), ruinLoss,
                (double) ruined / paths);
    }

    private static void draw(double[] pnls, Method method, int block, SplittableRandom random, double[] path) {
        int n = pnls.length;
        switch (method) {
            case WITH_REPLACEMENT -> {
                for (int i = 0; i < n; i++) {
                    path[i] = pnls[random.nextInt(n)];
                }
            }
            case WITHOUT_REPLACEMENT -> {
                System.arraycopy(pnls, 0, path, 0, n);
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    double t = path[i];
                    path[i] = path[j];
                    path[j] = t;
                }
            }
            case BLOCK -> {
                int filled = 0;
                while (filled < n) {
                    int start = random.nextInt(n - block + 1);
                    int take = Math.min(block, n - filled);
                    System.arraycopy(pnls, start, path, filled, take);
                    filled += take;
                }
            }
            default -> throw new IllegalStateException("unknown method " + method);
        }
    }
}
