package dev.parallax.metrics;

import java.util.Arrays;

/**
 * Order statistics of a copy of the values, with numpy's default (linear) percentile rule.
 *
 * <p>Values are put in order only as far as each question needs: a quantile selects the one or
 * two ranks it interpolates between (quickselect, expected O(n), falling back to a full sort if a
 * partition goes badly), instead of sorting everything. The answers are those of a sorted copy.
 */
final class Quantiles {

    private final double[] values;

    private Quantiles(double[] values) {
        this.values = values;
    }

    /** Works on a copy of {@code values}; the input is left as it was. */
    static Quantiles of(double[] values) {
        return new Quantiles(values.clone());
    }

    /**
     * The {@code p} quantile by linear interpolation between closest ranks, numpy's default:
     * with {@code h = (n - 1) p}, {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}
     * on the sorted values. NaN when there are no values.
     */
    double quantile(double p) {
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            select(n - 1);
            return values[n - 1];
        }
        select(lo);
        double low = values[lo];
        double next = values[lo + 1];
        for (int i = lo + 2; i < n; i++) {
            if (values[i] < next) {
                next = values[i];
            }
        }
        double fraction = h - lo;
        return low + fraction * (next - low);
    }

    /**
     * Mean of the {@code floor((n - 1) p) + 1} smallest values, empyrical's conditional value at
     * risk. NaN when there are no values.
     */
    double meanOfLowest(double p) {
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        int count = (int) ((n - 1) * p) + 1;
        select(count - 1);
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    /**
     * Rearranges {@code values} so that index {@code k} holds the value a sort would put there,
     * every value before it is not greater and every value after it is not smaller.
     */
    private void select(int k) {
        double[] a = values;
        int left = 0;
        int right = a.length - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 16;
        while (right > left) {
            if (budget-- == 0) {
                Arrays.sort(a, left, right + 1);
                return;
            }
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(a[left], a[mid], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
