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

        Segment(double[] returns, MetricOptions options, Set<Part> parts, int firstIndex, Quantiles quantiles) {
            this.returns = returns;
            this.options = options;
            this.parts = parts;
            this.thresholds = parts.contains(Part.THRESHOLDS);
            this.moments = parts.contains(Part.MOMENTS) ? Moments.EMPTY : null;
            this.stability = parts.contains(Part.STABILITY) ? new Stability(firstIndex) : null;
            this.quantiles = quantiles;
        }

        Segment fork(int firstIndex) {
            return new Segment(returns, options, parts, firstIndex, quantiles == null ? null : quantiles.fork());
        }

        void run(int start, int end) {
            double target = options.requiredReturn();
            double threshold = options.riskFreeRate() + options.requiredReturn();
            for (int from = start; from < end; from += Moments.BLOCK) {
                int to = Math.min(end, from + Moments.BLOCK);
                try {
                    Series.checkReturns("returns", returns, from, to);
                } catch (IllegalArgumentException e) {
                    error = e;
                    return;
                }
                if (moments != null) {
                    moments = moments.merge(Moments.ofBlock(returns, from, to));
                }
                if (thresholds) {
                    addThresholds(from, to, target, threshold);
                }
                if (stability != null) {
                    stability.add(returns, from, to);
                }
                if (quantiles != null) {
                    quantiles.add(from, to);
                }
            }
        }

        private void addThresholds(int from, int to, double target, double threshold) {
            double s = squares;
            double g = gains;
            double l = losses;
            for (int i = from; i < to; i++) {
                // x + |x| is exactly 2x or 0, so these halves are exactly max(x, 0) and min(x, 0),
                // without a branch that random signs would mispredict half the time.
                double below = returns[i] - target;
                double shortfall = (below - Math.abs(below)) * 0.5;
                s += shortfall * shortfall;
                double excess = returns[i] - threshold;
                double size = Math.abs(excess);
                g += (excess + size) * 0.5;
                l += (size - excess) * 0.5;
            }
            squares = s;
            gains = g;
            losses = l;
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
