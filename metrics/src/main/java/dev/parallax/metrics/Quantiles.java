package dev.parallax.metrics;

import java.util.Arrays;

/**
 * Order statistics of a series with numpy's default (linear) percentile rule, found without sorting
 * or copying the whole series.
 *
 * <p>The probabilities to answer are named up front. For each, a sorted sample of the series (every
 * {@code n / 4096}-th value) gives two bounds that very probably enclose the ranks the answer needs.
 * Then, in the same block-by-block pass as the other figures ({@link #add}), each value below the
 * lower bound is counted (and summed, for {@link #meanOfLowest}), and each value between the bounds
 * is kept. The ranks are then selected among the kept values only (quickselect). If the sample
 * misled and a needed rank fell outside the bounds, the answer falls back to a selection over a
 * full copy. Either way the answers are exactly those of a sorted copy; only the time differs.
 * Series of at most {@link #SMALL} values keep every value.
 */
final class Quantiles {

    /** Series up to this length skip the sample and keep every value. */
    static final int SMALL = 1 << 16;

    private static final int SAMPLE = 4096;

    private final double[] series;
    private final double[] probabilities;
    private final Window[] windows;
    /** Values above this and below {@link #skipBelow} count for no window. */
    private final double skipAbove;
    private final double skipBelow;
    /** Scratch: the values of a block that some window wants. */
    private final double[] candidates = new double[Moments.BLOCK];
    /** Scratch: a block copied from the series, for {@link #add(int, int)}. */
    private final double[] block = new double[Moments.BLOCK];

    private Quantiles(double[] series, double[] probabilities) {
        this.series = series;
        this.probabilities = probabilities;
        this.windows = new Window[probabilities.length];
        double[] sample = series.length > SMALL ? sample(series) : null;
        for (int j = 0; j < probabilities.length; j++) {
            windows[j] = sample == null ? Window.everything(series.length) : Window.around(sample, probabilities[j],
                    series.length);
        }
        double above = Double.NEGATIVE_INFINITY;
        double below = Double.POSITIVE_INFINITY;
        for (Window window : windows) {
            if (window.upper) {
                below = Math.min(below, window.low);
            } else {
                above = Math.max(above, window.high);
            }
        }
        this.skipAbove = above;
        this.skipBelow = below;
    }

    private Quantiles(Quantiles planned) {
        this.series = planned.series;
        this.probabilities = planned.probabilities;
        this.windows = new Window[planned.windows.length];
        for (int j = 0; j < windows.length; j++) {
            windows[j] = planned.windows[j].emptyCopy();
        }
        this.skipAbove = planned.skipAbove;
        this.skipBelow = planned.skipBelow;
    }

    /** An empty tally with the same bounds, to take in a later part of the series on another thread. */
    Quantiles fork() {
        return new Quantiles(this);
    }

    /** Adds what a {@link #fork()} took in; {@code later} must have covered the values right after those taken in here. */
    void absorb(Quantiles later) {
        for (int j = 0; j < windows.length; j++) {
            windows[j].absorb(later.windows[j]);
        }
    }

    /** Prepares the answers for {@code probabilities} (each in {@code [0, 1]}) over {@code series}; values come in through {@link #add}. */
    static Quantiles plan(double[] series, double... probabilities) {
        return new Quantiles(series, Arrays.stream(probabilities).distinct().toArray());
    }

    /** The answers for {@code probabilities} over all of {@code series}, in one pass. */
    static Quantiles of(double[] series, double... probabilities) {
        Quantiles quantiles = plan(series, probabilities);
        quantiles.add(0, series.length);
        return quantiles;
    }

    /**
     * Takes in {@code series[from, to)}; ranges must come in order and cover the series once. Most
     * values lie between the windows (above every lower one, below every upper one) and count for
     * none of them; the others are first gathered without a branch (each value is written, and the
     * count only moves past it when it is wanted), so that random values cost no mispredicted jumps,
     * and then handed to every window.
     */
    void add(int from, int to) {
        for (int start = from; start < to; start += Moments.BLOCK) {
            int n = Math.min(Moments.BLOCK, to - start);
            System.arraycopy(series, start, block, 0, n);
            add(block, n);
        }
    }

    /** Takes in the next {@code n <= }{@link Moments#BLOCK} values of the series, copied to {@code values}. */
    void add(double[] values, int n) {
        double above = skipAbove;
        double below = skipBelow;
        double[] wanted = candidates;
        int count = 0;
        for (int j = 0; j < n; j++) {
            double v = values[j];
            wanted[count] = v;
            count += 1 - (less(above, v) & less(v, below));
        }
        for (Window window : windows) {
            window.takeAll(wanted, count);
        }
    }

    /**
     * 1 if {@code a < b}, else 0, without a branch, for numbers that are not NaN and not both
     * infinite: the sign bit of {@code a - b}, after adding +0 turns a difference of -0 (from
     * {@code -0.0 - 0.0}) into +0.
     */
    private static int less(double a, double b) {
        return (int) (Double.doubleToRawLongBits(a - b + 0.0) >>> 63);
    }

    /**
     * The {@code p} quantile by linear interpolation between closest ranks, numpy's default:
     * with {@code h = (n - 1) p}, {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}
     * on the sorted values. NaN when there are no values. {@code p} must be one of the planned probabilities.
     */
    double quantile(double p) {
        int n = series.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return windowFor(p).rank(series, n - 1, n - 1)[0];
        }
        double[] pair = windowFor(p).rank(series, lo, lo + 1);
        return pair[0] + (h - lo) * (pair[1] - pair[0]);
    }

    /**
     * Mean of the {@code floor((n - 1) p) + 1} smallest values, empyrical's conditional value at
     * risk. NaN when there are no values. {@code p} must be one of the planned probabilities.
     */
    double meanOfLowest(double p) {
        int n = series.length;
        if (n == 0) {
            return Double.NaN;
        }
        int count = (int) ((n - 1) * p) + 1;
        return windowFor(p).sumOfLowest(series, count) / count;
    }

    private Window windowFor(double p) {
        for (int j = 0; j < probabilities.length; j++) {
            if (probabilities[j] == p) {
                return windows[j];
            }
        }
        throw new IllegalArgumentException("p = " + p + " was not planned; planned " + Arrays.toString(probabilities));
    }

    private static double[] sample(double[] series) {
        double[] sample = new double[SAMPLE];
        long n = series.length;
        for (int j = 0; j < SAMPLE; j++) {
            sample[j] = series[(int) (j * n / SAMPLE)];
        }
        Arrays.sort(sample);
        return sample;
    }

    /**
     * The values between two bounds. A window in the lower half counts (and sums) the values below
     * it; one in the upper half counts the values at or above its low bound, so that each window
     * only counts the values on its far side, the rare ones.
     */
    private static final class Window {

        private final double low;
        private final double high;
        private final boolean upper;
        private final int seriesLength;
        private double[] kept;
        private int size;
        /** Lower window: values below {@link #low}. Upper window: values at or above it. */
        private int counted;
        /** Lower window: the sum of the values below {@link #low}, for {@link #sumOfLowest}. */
        private double sumBelow;
        /** The last answer of {@link #rank}, for the ranks it was asked for; filled once every value is in. */
        private int rankedFirst = -1;
        private int rankedLast = -1;
        private double[] ranked;

        private Window(double low, double high, boolean upper, int seriesLength, int expected) {
            this.low = low;
            this.high = high;
            this.upper = upper;
            this.seriesLength = seriesLength;
            this.kept = new double[Math.max(16, expected)];
        }

        static Window everything(int n) {
            return new Window(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, n, n);
        }

        /**
         * Bounds from the sample ranks four standard errors (of a binomial sample proportion) either
         * side of {@code p}, plus a few ranks of slack; about 3% of a 10 M series is kept at p = 0.05.
         */
        static Window around(double[] sample, double p, int n) {
            double centre = p * (sample.length - 1);
            double margin = 4 * Math.sqrt(sample.length * p * (1 - p)) + 4;
            int lowRank = (int) Math.floor(centre - margin);
            int highRank = (int) Math.ceil(centre + 1 + margin);
            double low = lowRank < 0 ? Double.NEGATIVE_INFINITY : sample[lowRank];
            double high = highRank >= sample.length ? Double.POSITIVE_INFINITY : sample[highRank];
            long expected = (long) n * (Math.min(highRank, sample.length) - Math.max(lowRank, 0)) / sample.length;
            return new Window(low, high, p > 0.5, n, (int) Math.min(n, expected + expected / 4));
        }

        Window emptyCopy() {
            return new Window(low, high, upper, seriesLength, kept.length / 2);
        }

        void absorb(Window later) {
            counted += later.counted;
            sumBelow += later.sumBelow;
            makeRoom(later.size);
            System.arraycopy(later.kept, 0, kept, size, later.size);
            size += later.size;
        }

        /**
         * Takes in {@code values[0, n)} without a branch per value: each value is written after the
         * kept ones and the size moves past it only if it is inside the window, and the count and
         * sum below take 0 or 1 times the value. (A sum of floating-point numbers that starts at +0
         * never becomes -0, so adding +0 leaves its bits as they are.)
         */
        void takeAll(double[] values, int n) {
            makeRoom(n);
            double[] into = kept;
            int k = size;
            int c = counted;
            double lowBound = low;
            double highBound = high;
            if (upper) {
                for (int i = 0; i < n; i++) {
                    double v = values[i];
                    int atOrAbove = 1 - less(v, lowBound);
                    c += atOrAbove;
                    into[k] = v;
                    k += atOrAbove & (1 - less(highBound, v));
                }
            } else {
                double sum = sumBelow;
                for (int i = 0; i < n; i++) {
                    double v = values[i];
                    int under = less(v, lowBound);
                    c += under;
                    sum += Double.longBitsToDouble(Double.doubleToRawLongBits(v) & -(long) under);
                    into[k] = v;
                    k += (1 - under) & (1 - less(highBound, v));
                }
                sumBelow = sum;
            }
            size = k;
            counted = c;
        }

        private void makeRoom(int more) {
            if (kept.length - size < more) {
                long length = Math.max(2L * kept.length, (long) size + more);
                kept = Arrays.copyOf(kept, (int) Math.min(Integer.MAX_VALUE - 8, length));
            }
        }

        /** Values of the whole series below the window, once every value has been taken in. */
        private int below() {
            return upper ? seriesLength - counted : counted;
        }

        /**
         * The values of ranks {@code first} and {@code last} ({@code first <= last <= first + 1}) of
         * the whole series. Selection works on a copy, so the kept values stay in the order they
         * came in and {@link #sumOfLowest} sums them the same way whatever was asked before.
         */
        double[] rank(double[] series, int first, int last) {
            if (first == rankedFirst && last == rankedLast) {
                return ranked; // the report asks for the 5% quantile twice: tail ratio and VaR
            }
            int below = below();
            if (first >= below && last < below + size) {
                ranked = pair(Arrays.copyOf(kept, size), size, first - below, last - below);
            } else {
                double[] copy = series.clone();
                ranked = pair(copy, copy.length, first, last);
            }
            rankedFirst = first;
            rankedLast = last;
            return ranked;
        }

        private static double[] pair(double[] values, int size, int first, int last) {
            double atFirst = Selection.select(values, size, first);
            return new double[] {atFirst, last == first ? atFirst : Selection.next(values, size, first)};
        }

        /**
         * The sum of the {@code count} smallest values of the whole series. The values are added
         * in the order they came in (those below the window, then those kept below the {@code
         * count}-th smallest, then that value as often as it is still needed), so the sum does not
         * depend on which questions were asked first.
         */
        double sumOfLowest(double[] series, int count) {
            int below = below();
            if (!upper && count >= below && count <= below + size) {
                int more = count - below;
                double sum = sumBelow;
                if (more == 0) {
                    return sum;
                }
                // the value of rank count - 1; the report has it already as its VaR (rank floor((n - 1) p))
                double last = rankedFirst == count - 1 ? ranked[0]
                        : Selection.select(Arrays.copyOf(kept, size), size, more - 1);
                int added = 0;
                for (int i = 0; i < size; i++) {
                    if (kept[i] < last) {
                        sum += kept[i];
                        added++;
                    }
                }
                for (; added < more; added++) {
                    sum += last;
                }
                return sum;
            }
            double[] copy = series.clone();
            double last = Selection.select(copy, copy.length, count - 1);
            double sum = 0;
            int added = 0;
            for (double v : series) {
                if (v < last) {
                    sum += v;
                    added++;
                }
            }
            for (; added < count; added++) {
                sum += last;
            }
            return sum;
        }
    }
}
