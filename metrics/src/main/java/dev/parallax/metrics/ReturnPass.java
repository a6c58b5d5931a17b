package dev.parallax.metrics;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinTask;
import java.util.Set;

/**
 * One pass over a return series that gathers what {@link ReturnMetrics} needs, block by block.
 *
 * <p>Each block of {@link Moments#BLOCK} values is checked (NaN, infinities and returns below -1
 * are rejected with the index of the first one), then handed to each part that was asked for while
 * it is still in cache: the moments, the sums around the required return and the omega threshold,
 * the compounded curve, the stability fit and the order statistics. A series is read from memory
 * once, whichever parts run, and a figure comes out the same whether it was asked for alone or
 * with the whole report, because every part does the same arithmetic in the same order. Long
 * series are split over two threads ({@link #PARALLEL_FROM}).
 */
final class ReturnPass {

    /** What a pass can gather. */
    enum Part {
        /** Mean and central sums ({@link Moments}). */
        MOMENTS,
        /** Downside squares below the required return and omega's gains and losses. */
        THRESHOLDS,
        /** Growth and maximum drawdown ({@link CompoundedCurve}). */
        CURVE,
        /** The R² of cumulative log returns ({@link Stability}). */
        STABILITY,
        /** Order statistics at the planned probabilities ({@link Quantiles}). */
        QUANTILES
    }

    /**
     * From this many returns on, a pass runs on two threads: the common fork-join pool takes the
     * second half and this thread the first. The compounded curve stays one sequential walk,
     * handed from the first half to the second. The split depends on the length only, so the
     * figures do not depend on the threads: the same series gives the same bits on one core or many.
     */
    static final int PARALLEL_FROM = 1 << 20;

    final int count;
    final Moments moments;
    final CompoundedCurve curve;
    final Stability stability;
    final Quantiles quantiles;
    /** {@code sum(min(r_i - t, 0)^2)} with {@code t} the required return. */
    final double downsideSquares;
    /** {@code sum(max(r_i - L, 0))} with {@code L} the risk-free rate plus the required return. */
    final double gainsOverThreshold;
    /** {@code sum(max(L - r_i, 0))}. */
    final double lossesUnderThreshold;

    private ReturnPass(double[] returns, MetricOptions options, Set<Part> parts, double[] probabilities) {
        Series.requireNonNull("returns", returns);
        int n = returns.length;
        Segment first = new Segment(returns, options, parts, 0,
                parts.contains(Part.QUANTILES) ? Quantiles.plan(returns, probabilities) : null);
        CompoundedCurve walk = parts.contains(Part.CURVE) ? new CompoundedCurve() : null;
        if (n < PARALLEL_FROM) {
            first.run(0, n);
            if (walk != null) {
                walk.add(returns, 0, n);
            }
        } else {
            // Halves at a block boundary. The curve is one sequential walk: this thread walks the
            // first half before anything else and hands the walk over, and the other thread,
            // after its own parts, carries the same walk on through the second half.
            int split = n / 2 / Moments.BLOCK * Moments.BLOCK;
            Segment second = first.fork(split);
            CompletableFuture<CompoundedCurve> walkedToSplit = new CompletableFuture<>();
            ForkJoinTask<?> later = ForkJoinTask.adapt(() -> {
                second.run(split, n);
                if (walk != null) {
                    walkedToSplit.join().add(returns, split, n);
                }
            }).fork();
            if (walk != null) {
                try {
                    walk.add(returns, 0, split);
                } finally {
                    walkedToSplit.complete(walk);
                }
            }
            first.run(0, split);
            later.join();
            first.absorb(second);
        }
        if (first.error != null) {
            throw first.error;
        }
        this.count = n;
        this.moments = first.moments;
        this.curve = walk;
        this.stability = first.stability;
        this.quantiles = first.quantiles;
        this.downsideSquares = first.squares;
        this.gainsOverThreshold = first.gains;
        this.lossesUnderThreshold = first.losses;
    }

    /** Everything but the curve, over one contiguous part of the series. */
    private static final class Segment {

        private final double[] returns;
        private final MetricOptions options;
        private final Set<Part> parts;
        private final boolean thresholds;
        private Moments moments;
        private final Stability stability;
        private final Quantiles quantiles;
        private double squares;
        private double gains;
        private double losses;
        /** The first bad value met, kept so that the lowest index is reported whichever thread saw it. */
        private IllegalArgumentException error;
        private final double target;
        private final double threshold;
        /** Scratch: the block being read, copied out of the series so that every loop over it indexes from 0. */
        private final double[] block = new double[Moments.BLOCK];
        /** Scratch: {@code ln(1 + r)} of each value of the block. */
        private final double[] logs = new double[Moments.BLOCK];
        /** Scratch: the terms of {@link #squares}, {@link #gains} and {@link #losses} for each value of the block. */
        private final double[] shortfallSquares = new double[Moments.BLOCK];
        private final double[] gainTerms = new double[Moments.BLOCK];
        private final double[] lossTerms = new double[Moments.BLOCK];

        Segment(double[] returns, MetricOptions options, Set<Part> parts, int firstIndex, Quantiles quantiles) {
            this.returns = returns;
            this.options = options;
            this.parts = parts;
            this.thresholds = parts.contains(Part.THRESHOLDS);
            this.moments = parts.contains(Part.MOMENTS) ? Moments.EMPTY : null;
            this.stability = parts.contains(Part.STABILITY) ? new Stability(firstIndex) : null;
            this.quantiles = quantiles;
            this.target = options.requiredReturn();
            this.threshold = options.riskFreeRate() + options.requiredReturn();
        }

        Segment fork(int firstIndex) {
            return new Segment(returns, options, parts, firstIndex, quantiles == null ? null : quantiles.fork());
        }

        void run(int start, int end) {
            for (int from = start; from < end; from += Moments.BLOCK) {
                int to = Math.min(end, from + Moments.BLOCK);
                int n = to - from;
                System.arraycopy(returns, from, block, 0, n);
                boolean checked = false;
                if (stability != null) {
                    Log1p.ofEach(block, logs, n);
                    checked = sumBlock(n);
                } else {
                    // a figure asked for alone: each part in its own loops, without the others' work
                    if (moments != null) {
                        moments = moments.merge(Moments.ofBlock(block, 0, n));
                    }
                    if (thresholds) {
                        addThresholds(n);
                    }
                }
                if (!checked && !Series.allReturns(block, n)) {
                    error = badValue(from, to);
                    return;
                }
                if (quantiles != null) {
                    quantiles.add(block, n);
                }
            }
        }

        /** The error {@link Series#checkReturns} gives for the first bad value of {@code returns[from, to)}. */
        private IllegalArgumentException badValue(int from, int to) {
            try {
                Series.checkReturns("returns", returns, from, to);
            } catch (IllegalArgumentException e) {
                return e;
            }
            throw new IllegalStateException("a bad value in the copy of returns[" + from + ", " + to + ") but not in the series");
        }

        /**
         * The running sums of the cached block. The threshold terms are worked out for the whole
         * block first, in loops the JIT vectorises; then one loop adds, in order, the first pass of
         * the moments, the threshold sums and the stability sums ({@link Stability#addBlock}), so that
         * their chains of additions overlap instead of each waiting on its own; then the second pass
         * of the moments.
         *
         * @return with the logarithms in {@link #logs}: whether every value of the block is a valid
         *         return. {@code ln(1 + r)} is finite for a return above -1 and {@code -Infinity} at
         *         -1, and NaN or {@code +Infinity} for NaN, infinities and values below -1, so the
         *         block is valid exactly when the sum of its logarithms is below {@code +Infinity}.
         */
        private boolean sumBlock(int n) {
            double[] values = block;
            double[] lnGrowth = logs;
            if (thresholds) {
                thresholdTerms(n);
            }
            double lnFirst = lnGrowth[0];
            lnGrowth[0] = 0; // the cumulative log return of the block is measured from its first point
            double sum = 0;
            double s = squares;
            double g = gains;
            double l = losses;
            double d = 0;
            double sumD = 0;
            double sumD2 = 0;
            double sumJD = 0;
            for (int j = 0; j < n; j++) {
                sum += values[j];
                s += shortfallSquares[j];
                g += gainTerms[j];
                l += lossTerms[j];
                d += lnGrowth[j];
                sumD += d;
                sumD2 += d * d;
                sumJD += j * d;
            }
            if (thresholds) {
                squares = s;
                gains = g;
                losses = l;
            }
            if (stability != null) {
                stability.addBlock(n, lnFirst, d, sumD, sumD2, sumJD);
            }
            if (moments != null) {
                moments = moments.merge(Moments.ofBlock(values, 0, n, sum, Moments.allEqual(values, 0, n)));
            }
            return lnFirst + d < Double.POSITIVE_INFINITY;
        }

        /** Adds the block to the threshold sums, without the rest of {@link #sumBlock}. */
        private void addThresholds(int n) {
            thresholdTerms(n);
            double s = squares;
            double g = gains;
            double l = losses;
            for (int j = 0; j < n; j++) {
                s += shortfallSquares[j];
                g += gainTerms[j];
                l += lossTerms[j];
            }
            squares = s;
            gains = g;
            losses = l;
        }

        private void thresholdTerms(int n) {
            shortfallSquares(block, shortfallSquares, n, target);
            positiveParts(block, gainTerms, n, threshold);
            negativeParts(block, lossTerms, n, threshold);
        }

        // x + |x| is exactly 2x or 0, so the halves below are exactly max(x, 0) and min(x, 0), without
        // a branch that random signs would mispredict half the time.

        /** {@code out[j] = min(values[j] - target, 0)^2}. */
        private static void shortfallSquares(double[] values, double[] out, int n, double target) {
            for (int j = 0; j < n; j++) {
                double below = values[j] - target;
                double shortfall = (below - Math.abs(below)) * 0.5;
                out[j] = shortfall * shortfall;
            }
        }

        /** {@code out[j] = max(values[j] - level, 0)}. */
        private static void positiveParts(double[] values, double[] out, int n, double level) {
            for (int j = 0; j < n; j++) {
                double excess = values[j] - level;
                out[j] = (excess + Math.abs(excess)) * 0.5;
            }
        }

        /** {@code out[j] = max(level - values[j], 0)}. */
        private static void negativeParts(double[] values, double[] out, int n, double level) {
            for (int j = 0; j < n; j++) {
                double excess = values[j] - level;
                out[j] = (Math.abs(excess) - excess) * 0.5;
            }
        }

        /** Adds the segment that follows this one. */
        void absorb(Segment later) {
            if (error != null) {
                return;
            }
            error = later.error;
            if (moments != null) {
                moments = moments.merge(later.moments);
            }
            squares += later.squares;
            gains += later.gains;
            losses += later.losses;
            if (stability != null) {
                stability.absorb(later.stability);
            }
            if (quantiles != null) {
                quantiles.absorb(later.quantiles);
            }
        }
    }

    /** Checks every value and gathers {@code parts}; the order statistics, if asked for, at {@code probabilities}. */
    static ReturnPass of(double[] returns, MetricOptions options, Set<Part> parts, double... probabilities) {
        return new ReturnPass(returns, options, parts, probabilities);
    }

    /** Checks every value and gathers one part. */
    static ReturnPass of(double[] returns, MetricOptions options, Part part, double... probabilities) {
        return new ReturnPass(returns, options, EnumSet.of(part), probabilities);
    }

    /** Checks every value and gathers every part. */
    static ReturnPass everything(double[] returns, MetricOptions options, double... probabilities) {
        return new ReturnPass(returns, options, EnumSet.allOf(Part.class), probabilities);
    }
}
