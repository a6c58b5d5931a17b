package dev.parallax.parity;

/**
 * Dynamic-time-warping distance between two series: the smallest sum of {@code |a[i] - b[j]|}
 * over a warping path that starts at the first points, ends at the last points, and moves one
 * step at a time in {@code i}, in {@code j} or in both. Unlike a point-by-point distance it does
 * not punish a live series that lags the backtest by a period or two.
 *
 * <p>Runs in {@code O(n·m)} time and {@code O(m)} memory with no warping window.
 */
public final class DynamicTimeWarping {

    private DynamicTimeWarping() {
    }

    /**
     * The distance between {@code a} and {@code b}: 0 when both are empty, positive infinity when
     * exactly one is empty.
     *
     * @throws IllegalArgumentException if either series is null or holds a value that is not finite
     */
    public static double distance(double[] a, double[] b) {
        requireFinite("a", a);
        requireFinite("b", b);
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 0 : Double.POSITIVE_INFINITY;
        }
        double[] previous = new double[b.length];
        double[] current = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double cost = Math.abs(a[i] - b[j]);
                double best;
                if (i == 0 && j == 0) {
                    best = 0;
                } else if (i == 0) {
                    best = current[j - 1];
                } else if (j == 0) {
                    best = previous[j];
                } else {
                    best = Math.min(previous[j - 1], Math.min(previous[j], current[j - 1]));
                }
                current[j] = cost + best;
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length - 1];
    }

    /** Rejects a null series and any value that is NaN or infinite, naming its index. */
    static void requireFinite(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a finite number, was " + values[i]);
            }
        }
    }
}
