package dev.parallax.research;

import java.util.Arrays;

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of a sample, by linear interpolation between order
 * statistics (Hyndman and Fan's type 7, numpy's default): the {@code p} percentile of sorted
 * {@code x[0..n-1]} is {@code x[i] + (h - i) (x[i+1] - x[i])} with {@code h = p (n - 1)} and
 * {@code i = floor(h)}. NaN values are refused.
 *
 * @param p5  5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 */
public record Percentiles(double p5, double p25, double p50, double p75, double p95) {

    /** The percentiles of {@code sample}, which must hold at least one value and no NaN. */
    public static Percentiles of(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("percentiles need at least one value");
        }
        double[] x = sample.clone();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("sample value " + i + " is NaN");
            }
        }
        Arrays.sort(x);
        return new Percentiles(at(x, 0.05), at(x, 0.25), at(x, 0.5), at(x, 0.75), at(x, 0.95));
    }

    private static double at(double[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
