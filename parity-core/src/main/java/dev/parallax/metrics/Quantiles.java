package dev.parallax.metrics;

import java.util.Arrays;

/** Order statistics of a sorted copy, with numpy's default (linear) percentile rule. */
final class Quantiles {

    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    /** Sorts a copy of {@code values}; the input is left as it was. */
    static Quantiles of(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Quantiles(copy);
    }

    /**
     * The {@code p} quantile by linear interpolation between closest ranks, numpy's default:
     * with {@code h = (n - 1) p}, {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}
     * on the sorted values. NaN when there are no values.
     */
    double quantile(double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double fraction = h - lo;
        return sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * Mean of the {@code floor((n - 1) p) + 1} smallest values, empyrical's conditional value at
     * risk. NaN when there are no values.
     */
    double meanOfLowest(double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        int count = (int) ((n - 1) * p) + 1;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += sorted[i];
        }
        return sum / count;
    }
}
