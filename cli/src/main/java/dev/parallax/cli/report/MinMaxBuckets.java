package dev.parallax.cli.report;

import java.util.Arrays;

/**
 * Picks the points of long series that a chart draws: min/max per pixel bucket. The time span is cut
 * into {@code buckets} equal slices (one per horizontal pixel, or so); in each slice, for every
 * series, the point with the lowest and the point with the highest value are kept, with the first
 * and the last point of the whole series. A line through the kept points has the same extremes in
 * every slice as the line through all points, so no spike or crash disappears, and the page holds at
 * most {@code 2 * buckets * series + 2} points whatever the length of the run. The exact figures are
 * in the report's tables, computed from every point.
 */
public final class MinMaxBuckets {

    private MinMaxBuckets() {
    }

    /**
     * The indices of the points to keep, increasing. Series shorter than {@code 2 * buckets + 2}
     * points are kept whole. NaN values are never picked as an extreme.
     *
     * @param millis  the times shared by every series, not decreasing
     * @param series  the values, each as long as {@code millis}
     * @param buckets the number of slices, {@code >= 1}
     */
    public static int[] indices(long[] millis, double[][] series, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be >= 1, was " + buckets);
        }
        int n = millis.length;
        for (double[] s : series) {
            if (s.length != n) {
                throw new IllegalArgumentException("every series must have as many points as millis (" + n
                        + "), one had " + s.length);
            }
        }
        if (n <= 2L * buckets + 2) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        double first = millis[0];
        double span = Math.max(1, millis[n - 1] - millis[0]);
        int start = 0;
        while (start < n) {
            int bucket = bucket(millis[start], first, span, buckets);
            int end = start;
            while (end < n && bucket(millis[end], first, span, buckets) == bucket) {
                end++;
            }
            for (double[] s : series) {
                int lo = -1;
                int hi = -1;
                for (int i = start; i < end; i++) {
                    if (Double.isNaN(s[i])) {
                        continue;
                    }
                    if (lo < 0 || s[i] < s[lo]) {
                        lo = i;
                    }
                    if (hi < 0 || s[i] > s[hi]) {
                        hi = i;
                    }
                }
                if (lo >= 0) {
                    keep[lo] = true;
                    keep[hi] = true;
                }
            }
            start = end;
        }
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        int[] out = new int[count];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static int bucket(long millis, double first, double span, int buckets) {
        return (int) Math.min(buckets - 1, Math.floor((millis - first) / span * buckets));
    }

    /** The values of {@code values} at {@code indices}. */
    public static double[] pick(double[] values, int[] indices) {
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    /** The times of {@code millis} at {@code indices}. */
    public static long[] pick(long[] millis, int[] indices) {
        long[] out = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = millis[indices[i]];
        }
        return out;
    }
}
